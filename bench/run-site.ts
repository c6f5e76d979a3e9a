import { cycleContaining } from '../src/domain/cycle';
import type { LedgerEntry } from '../src/domain/sprint-ledger';
import type { ProjectPageView } from '../src/shared/contract';
import { type BenchRuntime, type Measured, startRuntime } from './bench-runtime';
import { measureFloor, type PageModel } from './floor';
import { naiveProjectPage, totalsOf, type WorkTotals } from './naive/naive-project-page';
import { runAsUser, type ScopedRun } from './naive/naive-scope';
import { naiveSprintClose } from './naive/naive-sprint-close';
import { drivenKeyResults } from './okr-plan';
import { pageReadSet } from './read-set';
import { breakDown } from './request-breakdown';
import type { Figures, SurfaceRow } from './results';
import type { BenchSite } from './site-generator';
import { closeSprint } from './sprint-close';
import { contextsOf, runSurface, type SurfaceRun } from './surfaces';

export interface SiteRunOptions {
  manifestPath: string;
  /** Whether the site counts for the goals stated "at 10k issues" (generated, not CSV). */
  generated: boolean;
  now: Date;
  log: (line: string) => void;
}

/**
 * Every surface on one site, in the order a team meets them: panel and context, the project page
 * (cold, then warm with its naive twin and parse floor), then per measured sprint the planner and
 * the close (with its naive twin).
 */
export async function benchSite(bench: BenchSite, options: SiteRunOptions): Promise<SurfaceRow[]> {
  const runtime = await startRuntime(bench, options.manifestPath);
  const base = { site: bench.name, siteIssues: bench.site.issues.length, generated: options.generated };
  const rows: SurfaceRow[] = [];
  const add = (row: SurfaceRow) => {
    rows.push(row);
    options.log(`  ${row.site} ${row.surface}: ${row.error ?? `${row.jiraRequests} Jira, ${row.kvsRequests} storage, ${row.wallMs.toFixed(0)} ms`}`);
  };
  try {
    const contexts = contextsOf(runtime);
    // Unmeasured: the first call loads and compiles the app's modules, which no user call pays again.
    await runSurface(runtime, 'panel', contexts.panel);
    add(rowOf(base, 'issue panel', 'panel', await runSurface(runtime, 'panel', contexts.panel)));
    add(rowOf(base, 'issue context', 'context', await runSurface(runtime, 'context', contexts.context)));
    const mustRead = pageReadSet(bench.site.issues, new Set(drivenKeyResults(bench.okrs).map((keyResult) => keyResult.id)));
    add({ ...rowOf(base, 'project page (cold)', 'page', await runSurface(runtime, 'page', contexts.page)), mustRead });
    add(await projectPageRow(runtime, base, mustRead, options));
    for (const sprint of bench.sprints) {
      add({ ...rowOf(base, `planner (${sprint.size})`, 'planner', await runSurface(runtime, 'planner', contexts.planner(sprint.id))), mustRead: sprint.size });
      add(await sprintCloseRow(runtime, base, sprint));
    }
  } finally {
    await runtime.close();
  }
  return rows;
}

type RowBase = Pick<SurfaceRow, 'site' | 'siteIssues' | 'generated'>;

function rowOf(base: RowBase, surface: string, kind: SurfaceRow['kind'], run: SurfaceRun): SurfaceRow {
  return { ...base, surface, kind, ...run.figures, requests: breakDown(run.responses), ...(run.error === undefined ? {} : { error: run.error }) };
}

async function projectPageRow(runtime: BenchRuntime, base: RowBase, mustRead: number, options: SiteRunOptions): Promise<SurfaceRow> {
  const { bench } = runtime;
  const app = await runSurface<ProjectPageView>(runtime, 'page', contextsOf(runtime).page);
  const row: SurfaceRow = { ...rowOf(base, 'project page', 'page', app), mustRead };
  if (app.error !== undefined || !app.data) return row;
  const naive = await runtime.measure(() => runAsUser(bench.accountId, () => naiveProjectPage(bench.projectKey, options.now)));
  const agrees = sameTotals(totalsOf(app.data.objectives), naive.value.value);
  return { ...row, naive: { ...naiveFigures(naive), agrees }, floor: measureFloor(app.responses, pageModel(bench, options.now)) };
}

async function sprintCloseRow(runtime: BenchRuntime, base: RowBase, sprint: { id: number; size: number }): Promise<SurfaceRow> {
  const app = await closeSprint(runtime, sprint.id);
  const row: SurfaceRow = { ...rowOf(base, `sprint close (${sprint.size})`, 'close', app), mustRead: sprint.size };
  if (app.error !== undefined) return row;
  const { bench } = runtime;
  const naive = await runtime.measure(() => runAsUser(bench.accountId, () => naiveSprintClose(String(sprint.id), bench.projectKey, bench.site.sprintFieldId)));
  return { ...row, naive: { ...naiveFigures(naive), agrees: sameEntries(app.data ?? [], naive.value.value) } };
}

function naiveFigures(measured: Measured<ScopedRun<unknown>>): Figures {
  const { jiraRequests, kvsRequests } = measured.value;
  return { jiraRequests, kvsRequests, wallMs: measured.wallMs, jiraMs: measured.jiraMs, peakHeapMb: measured.peakHeapMb };
}

/** The page as the app builds it: objectives of the project in the current cycle, oldest first. */
function pageModel(bench: BenchSite, now: Date): PageModel {
  const cycle = cycleContaining(now);
  const objectives = bench.okrs.objectives
    .filter((objective) => objective.projectKeys.includes(bench.projectKey) && objective.cycle.label === cycle.label)
    .sort((a, b) => a.createdAtIso.localeCompare(b.createdAtIso));
  const fieldId = bench.site.boards.find((board) => board.id === bench.boardId)?.estimationFieldId;
  const { storyPoints, storyPointEstimate } = bench.site.storyPointFields;
  return {
    objectives,
    keyResults: bench.okrs.keyResults,
    users: new Map(bench.site.users.map((user) => [user.accountId, { accountId: user.accountId, displayName: user.displayName }])),
    estimation: { storyPointFieldIds: [storyPointEstimate, storyPoints], fieldOfProject: () => fieldId, sprintFieldId: bench.site.sprintFieldId },
  };
}

function sameTotals(app: ReadonlyMap<string, WorkTotals>, naive: ReadonlyMap<string, WorkTotals>): boolean {
  return app.size === naive.size && [...app].every(([id, totals]) => JSON.stringify(naive.get(id)) === JSON.stringify(totals));
}

function sameEntries(app: readonly LedgerEntry[], naive: readonly LedgerEntry[]): boolean {
  const key = (entries: readonly LedgerEntry[]) =>
    JSON.stringify(entries.map((entry) => [entry.keyResultId, entry.before, entry.after, entry.movedIssues.length]).sort());
  return key(app) === key(naive);
}
