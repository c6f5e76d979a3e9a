import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createEmulatorHttpHandler, type JiraEmulator, type SiteData } from '../jira-emulator';
import type { AppHost } from '../runtime/app-host';
import type { JiraTransport } from '../runtime/jira/jira-transport';
import { createLocalForge, type LocalForge } from '../runtime/local-forge';
import type { SiteIdentity } from '../runtime/site-identity';
import { handleApi } from './api-routes';
import { Bundler } from './bundler';
import { handleFrames } from './frame-routes';
import { HostJira } from './host-jira';
import { sendError, sendText } from './http-utils';
import { listUiModules } from './module-catalog';

/** Default port of `npm start` (override with `--port` or `PORT`). */
export const DEFAULT_PORT = 4570;

export interface StartHostOptions {
  /** 0 picks a free port. */
  port?: number;
  /** The emulated site; ignored when `jira` is given. */
  site?: SiteData;
  /** A real Jira instead of the emulator (see HttpJiraTransport). */
  jira?: JiraTransport;
  storageFile?: string;
  manifestPath?: string;
  /** The site URL apps see in their context; defaults to this host's /jira. */
  siteUrl?: string;
  emulatorNow?: () => Date;
  logError?: (message: string, error: unknown) => void;
}

export interface RunningHost {
  url: string;
  appHost: AppHost;
  emulator?: JiraEmulator;
  forge: LocalForge;
  close(): Promise<void>;
}

const HERE = __dirname;

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done((server.address() as AddressInfo).port));
  });
}

/**
 * Starts the whole local Jira + Forge in this process: the emulator under /jira, the host API
 * under /api, app iframes under /frames and the Jira-like page at /.
 */
export async function startHost(options: StartHostOptions = {}): Promise<RunningHost> {
  let handler: (req: IncomingMessage, res: ServerResponse) => Promise<void> = async (_req, res) => {
    res.writeHead(503).end();
  };
  const server = createServer((req, res) => void handler(req, res));
  const port = await listen(server, options.port ?? DEFAULT_PORT);
  const url = `http://localhost:${port}`;
  const manifestPath = resolve(options.manifestPath ?? 'manifest.yml');
  const siteIdentity: Partial<SiteIdentity> = { siteUrl: options.siteUrl ?? `${url}/jira` };
  const forge = createLocalForge({
    manifestPath,
    ...(options.site ? { site: options.site } : {}),
    ...(options.jira ? { jira: options.jira } : {}),
    ...(options.storageFile ? { storageFile: options.storageFile } : {}),
    ...(options.emulatorNow ? { emulatorNow: options.emulatorNow } : {}),
    ...(options.logError ? { logError: options.logError } : {}),
    siteIdentity,
  });
  const bundler = new Bundler(process.cwd());
  const jira = forge.jira ? new HostJira(forge.jira) : undefined;
  const emulatorHttp = forge.emulator ? createEmulatorHttpHandler(forge.emulator, { basePath: '/jira' }) : undefined;
  const basics = () => ({
    cloudId: forge.appHost.site.cloudId,
    siteUrl: forge.appHost.site.siteUrl,
    jira: forge.jira?.description ?? 'none',
    users: (forge.emulator?.listUsers() ?? []).map((u) => ({ accountId: u.accountId, displayName: u.displayName })),
    modules: listUiModules(forge.appHost.manifest),
  });
  handler = async (req, res) => {
    try {
      const requestUrl = new URL(req.url ?? '/', url);
      if (emulatorHttp && (await emulatorHttp(req, res))) return;
      if (await handleApi({ forge, jira, basics }, req, res, requestUrl)) return;
      if (await handleFrames({ manifest: forge.appHost.manifest, site: forge.appHost.site, bundler }, req, res, requestUrl)) return;
      await servePage(bundler, res, requestUrl.pathname);
    } catch (error) {
      sendError(res, error);
    }
  };
  return {
    url,
    forge,
    appHost: forge.appHost,
    ...(forge.emulator ? { emulator: forge.emulator } : {}),
    close: async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await bundler.close();
      await forge.close();
    },
  };
}

async function servePage(bundler: Bundler, res: ServerResponse, path: string): Promise<void> {
  if (path === '/host-app.js') return sendText(res, 200, 'text/javascript; charset=utf-8', await bundler.bundle(join(HERE, 'client', 'host-app.ts')));
  if (path === '/host.css') return sendText(res, 200, 'text/css; charset=utf-8', readFileSync(join(HERE, 'assets', 'host.css')));
  if (path === '/favicon.ico') return sendText(res, 204, 'image/x-icon', '');
  // Every other path is a page of the single-page host app (routing happens in the browser).
  sendText(res, 200, 'text/html; charset=utf-8', readFileSync(join(HERE, 'assets', 'index.html')));
}
