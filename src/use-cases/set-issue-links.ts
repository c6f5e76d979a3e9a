import { DomainError } from '../domain/domain-error';
import { okrLinks } from '../domain/issue-links';
import type { IssuePanelView } from '../shared/contract';
import type { AppDeps } from './app-deps';
import { requireProjectAccess } from './authorize';
import { linkedKeyResults } from './get-issue-panel';
import { loadOkrsFor } from './okr-tree';
import { refreshWork } from './refresh-work';

const MAX_LINKS = 50;

/**
 * Tags an issue with key results (replacing its own links) and refreshes the progress snapshots
 * of every key result it joined or left, so the panel and context show the change at once.
 */
export async function setIssueLinks(deps: AppDeps, issueKey: string, keyResultIds: readonly string[]): Promise<IssuePanelView> {
  const { issue, epic } = await deps.jira.getIssueWithEpic(issueKey);
  await requireProjectAccess(deps.jira, issue.projectKey, 'edit');
  const tree = await loadOkrsFor(deps.okrs, [...keyResultIds, ...issue.krIds, ...(epic?.krIds ?? [])]);
  const wanted = [...new Set(keyResultIds)];
  if (wanted.length > MAX_LINKS) throw new DomainError(`An issue can support at most ${MAX_LINKS} key results.`, 'keyResultIds');
  const unknown = wanted.filter((id) => !tree.keyResults.has(id));
  if (unknown.length > 0) throw new DomainError(`Unknown key result(s): ${unknown.join(', ')}.`, 'keyResultIds');
  const elsewhere = wanted.filter((id) => !tree.objectives.get(tree.keyResults.get(id)?.objectiveId ?? '')?.projectKeys.includes(issue.projectKey));
  if (elsewhere.length > 0) throw new DomainError(`Key result(s) ${elsewhere.join(', ')} belong to objectives of another project.`, 'keyResultIds');
  const objectiveIds = wanted.map((id) => tree.keyResults.get(id)?.objectiveId ?? '');
  await deps.jira.writeLinks(issue, okrLinks(wanted, objectiveIds));

  const updated = { ...issue, krIds: wanted };
  const touched = [...new Set([...issue.krIds, ...wanted])].flatMap((id) => tree.keyResults.get(id) ?? []);
  // The search sees the fresh write: the adapter passes recently written issues as reconcileIssues.
  await refreshWork(deps, touched);

  return {
    issue: { key: issue.key, summary: issue.summary, isEpic: issue.isEpic, ...(epic ? { epic: { key: epic.key, summary: epic.summary } } : {}) },
    linked: await linkedKeyResults(deps, tree, updated, epic),
  };
}
