import type { ResolverResult } from '../src/shared/contract';
import type { ExtensionContext } from '../local/runtime/forge-contexts';
import type { BenchRuntime } from './bench-runtime';
import type { RecordedResponse } from './recording-transport';
import type { Figures } from './results';

/** A measured call: its figures, the Jira answers it received, and what it returned. */
export interface SurfaceRun<T = unknown> {
  figures: Figures;
  responses: RecordedResponse[];
  data?: T;
  error?: string;
}

/** Module keys of manifest.yml and the resolver each surface calls when it opens. */
export const SURFACES = {
  panel: { moduleKey: 'okr-issue-panel', functionKey: 'getIssuePanel' },
  context: { moduleKey: 'okr-issue-context', functionKey: 'getIssueContext' },
  page: { moduleKey: 'okr-project-page', functionKey: 'getProjectPage' },
  planner: { moduleKey: 'okr-sprint-action', functionKey: 'getSprintPlanner' },
} as const;

/** Runs a resolver exactly as Forge does (appHost.invokeResolver) for the site's user, and measures it. */
export async function runSurface<T>(runtime: BenchRuntime, surface: keyof typeof SURFACES, extensionContext: ExtensionContext): Promise<SurfaceRun<T>> {
  const { moduleKey, functionKey } = SURFACES[surface];
  const measured = await runtime.measure(() =>
    runtime.forge.appHost.invokeResolver({ moduleKey, functionKey, payload: {}, accountId: runtime.bench.accountId, extensionContext }),
  );
  const result = measured.value;
  const envelope = result.ok ? (result.value as ResolverResult<T>) : undefined;
  const error = !result.ok ? result.error.message : envelope?.ok === false ? `${envelope.error.code}: ${envelope.error.message}` : undefined;
  return {
    figures: {
      jiraRequests: result.stats.jiraRequests,
      kvsRequests: result.stats.kvsRequests,
      wallMs: measured.wallMs,
      jiraMs: measured.jiraMs,
      peakHeapMb: measured.peakHeapMb,
    },
    responses: measured.responses,
    ...(envelope?.ok ? { data: envelope.data } : {}),
    ...(error === undefined ? {} : { error }),
  };
}

/** The Forge contexts Jira gives each surface on this site. */
export function contextsOf(runtime: BenchRuntime) {
  const { bench } = runtime;
  const issue = bench.site.issues.find((candidate) => candidate.key === bench.panelIssueKey);
  const project = { key: bench.projectKey };
  const issueRef = { id: issue?.id ?? '', key: bench.panelIssueKey };
  return {
    panel: { type: 'jira:issuePanel', issue: issueRef, project },
    context: { type: 'jira:issueContext', issue: issueRef, project },
    page: { type: 'jira:projectPage', project },
    planner: (sprintId: number) => ({ type: 'jira:sprintAction', board: { id: bench.boardId }, sprint: { id: sprintId }, project }),
  };
}
