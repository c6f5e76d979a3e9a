import { type KeyResult } from '../domain/key-result';
import { emptyWork, type KeyResultWork, rollUpWork, type WorkIssue } from '../domain/work-rollup';
import type { AppDeps } from './app-deps';
import { snapshotOf } from './views/okr-views';

/**
 * Rolls up the live linked work of the issue-driven key results among `keyResults` and stores the
 * snapshots that changed, so cheap surfaces (issue panel, context) show current numbers.
 * `extraIssues` are issues already fetched (e.g. a sprint's) that may not be searchable yet.
 */
export async function refreshWork(
  deps: AppDeps,
  keyResults: readonly KeyResult[],
  extraIssues: readonly WorkIssue[] = [],
): Promise<{ work: Map<string, KeyResultWork>; issues: WorkIssue[] }> {
  const driven = keyResults.filter((keyResult) => keyResult.measure.kind !== 'metric').map((keyResult) => keyResult.id);
  if (driven.length === 0) return { work: new Map(), issues: [...extraIssues] };
  const stored = await deps.snapshots.getMany(driven);
  const knownEpicKeys = [...stored.values()].flatMap((snapshot) => snapshot.epicKeys ?? []);
  const linked = await deps.jira.listLinkedWork(driven, knownEpicKeys);
  const extraKeys = new Set(extraIssues.map((issue) => issue.key));
  const issues = [...extraIssues, ...linked.filter((issue) => !extraKeys.has(issue.key))];
  const work = rollUpWork(issues);
  const atIso = deps.clock.now().toISOString();
  await deps.snapshots.putMany(
    driven.map((id) => snapshotOf(work.get(id) ?? emptyWork(id), atIso)),
    stored,
  );
  return { work, issues };
}
