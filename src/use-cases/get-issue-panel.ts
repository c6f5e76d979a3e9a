import { epicLinksOf, supportOf, type WorkIssue } from '../domain/work-rollup';
import type { IssuePanelView, LinkedKeyResultView } from '../shared/contract';
import type { AppDeps } from './app-deps';
import { loadOkrsFor, type OkrLookup } from './okr-tree';
import { keyResultView } from './views/okr-views';
import { storedSources } from './views/stored-views';

/**
 * The issue panel: the key results the issue supports, directly or through its epic. Reading the
 * issue as the user is the permission check (Jira answers 404 to anyone who cannot browse it),
 * and it costs at most two Jira requests: the issue and its epic. Progress comes from snapshots.
 */
export async function getIssuePanel(deps: AppDeps, issueKey: string): Promise<IssuePanelView> {
  const { issue, epic } = await deps.jira.getIssueWithEpic(issueKey);
  const okrs = await loadOkrsFor(deps.okrs, [...issue.krIds, ...(epic?.krIds ?? [])]);
  return {
    issue: {
      key: issue.key,
      summary: issue.summary,
      isEpic: issue.isEpic,
      ...(epic ? { epic: { key: epic.key, summary: epic.summary } } : {}),
    },
    linked: await linkedKeyResults(deps, okrs, issue, epic),
  };
}

export async function linkedKeyResults(deps: AppDeps, okrs: OkrLookup, issue: WorkIssue, epic: WorkIssue | undefined): Promise<LinkedKeyResultView[]> {
  const support = [...supportOf(issue, epicLinksOf(epic ? [epic] : []))].flatMap(([krId, how]) => {
    const keyResult = okrs.keyResults.get(krId);
    const objective = keyResult && okrs.objectives.get(keyResult.objectiveId);
    return keyResult && objective ? [{ keyResult, objective, how }] : [];
  });
  const sources = await storedSources(
    deps,
    support.map((item) => item.keyResult),
    'none',
  );
  return support.map(({ keyResult, objective, how }) => ({
    keyResult: keyResultView(keyResult, sources),
    objectiveTitle: objective.title,
    cycleLabel: objective.cycle.label,
    via: how.via,
    ...(how.epicKey ? { epicKey: how.epicKey } : {}),
  }));
}
