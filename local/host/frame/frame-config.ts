/** What the host tells a frame about itself (inlined into the frame page as `__LOCAL_FORGE_FRAME__`). */
export interface FrameConfig {
  frameId: string;
  moduleKey: string;
  resourceKey: string;
  accountId?: string;
  /** The module's extension context (issue, project, board, sprint...). */
  extension: Record<string, unknown>;
  cloudId: string;
  siteUrl: string;
  /** Base path of the host API, e.g. '' when served from the same origin root. */
  apiBase: string;
}

/** A message a frame posts to the host page. */
export interface FrameMessage {
  localForge: true;
  frameId: string;
  cmd: string;
  data?: unknown;
}

/** The context `view.getContext()` resolves to, as Jira builds it for the module. */
export function productContext(config: FrameConfig) {
  return {
    accountId: config.accountId,
    accountType: config.accountId ? 'licensed' : 'anonymous',
    cloudId: config.cloudId,
    extension: config.extension,
    localId: `ari:cloud:ecosystem::extension/local/${config.moduleKey}/${config.frameId}`,
    locale: 'en-US',
    moduleKey: config.moduleKey,
    siteUrl: config.siteUrl,
    timezone: 'UTC',
    environmentId: 'local',
    environmentType: 'DEVELOPMENT',
    license: undefined,
    theme: { colorMode: 'light' },
    surfaceColor: '#ffffff',
  };
}
