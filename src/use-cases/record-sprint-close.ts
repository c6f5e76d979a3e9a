import { valueAt } from '../domain/check-in';
import type { KeyResult } from '../domain/key-result';
import { asAtClose, type ClosedSprint, doneAtClose, sprintLedger } from '../domain/sprint-ledger';
import { epicLinksOf, rollUpWork, supportOf } from '../domain/work-rollup';
import type { AppDeps } from './app-deps';
import { refreshWork } from './refresh-work';

export type SprintCloseOutcome =
  | { status: 'recorded'; sprintId: string; keyResultIds: string[] }
  | { status: 'already-recorded'; sprintId: string }
  | { status: 'not-closed'; sprintId: string; state: string };

/**
 * Records what a closed sprint's done work moved, per key result. The sprint is read back from
 * Jira (events can be late, doubled, or outdated by a reopen); a close already recorded with the
 * same completion date is not recorded again, a later close of a reopened sprint replaces it.
 */
export async function recordSprintClose(deps: AppDeps, sprintId: string): Promise<SprintCloseOutcome> {
  const sprint = await deps.jira.getSprint(sprintId);
  if (sprint.state !== 'closed' || sprint.completeDateIso === undefined) return { status: 'not-closed', sprintId, state: sprint.state };
  const recorded = await deps.ledger.findSprintClose(sprintId);
  if (recorded?.completeDateIso === sprint.completeDateIso) return { status: 'already-recorded', sprintId };

  const closed: ClosedSprint = {
    id: sprint.id,
    name: sprint.name,
    completeDateIso: sprint.completeDateIso,
    ...(sprint.boardId ? { boardId: sprint.boardId } : {}),
    ...(sprint.startDateIso ? { startDateIso: sprint.startDateIso } : {}),
  };
  const work = await deps.jira.listSprintWork(sprintId, sprint.boardId);
  const completed = work.issues.filter((issue) => !issue.isEpic && doneAtClose(issue, closed));
  const epicLinks = epicLinksOf([...work.issues, ...work.parents]);
  const touchedIds = new Set(completed.flatMap((issue) => [...supportOf(issue, epicLinks).keys()]));
  const keyResults = (await deps.okrs.listKeyResults()).filter((keyResult) => touchedIds.has(keyResult.id));

  // Snapshots get today's work; the ledger gets the work as it stood at the close.
  const { issues } = await refreshWork(deps, keyResults, [...work.issues, ...work.parents]);
  const metricStarts = await metricValuesAtStart(deps, keyResults, closed);
  const entries = sprintLedger({
    sprint: closed,
    keyResults,
    work: rollUpWork(asAtClose(issues, closed)),
    completedIssueKeys: new Set(completed.map((issue) => issue.key)),
    metricValueAtStart: (keyResult) => metricStarts.get(keyResult.id) ?? 0,
  });
  await deps.ledger.recordSprintClose(closed, entries, deps.clock.now().toISOString());
  return { status: 'recorded', sprintId, keyResultIds: entries.map((entry) => entry.keyResultId) };
}

async function metricValuesAtStart(deps: AppDeps, keyResults: readonly KeyResult[], sprint: ClosedSprint): Promise<Map<string, number>> {
  const values = new Map<string, number>();
  for (const keyResult of keyResults) {
    if (keyResult.measure.kind !== 'metric') continue;
    const history = await deps.okrs.listCheckIns(keyResult.id);
    values.set(keyResult.id, valueAt(history, keyResult.measure.baseline, sprint.startDateIso ?? sprint.completeDateIso));
  }
  return values;
}
