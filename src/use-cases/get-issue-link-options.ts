import type { IssueLinkOptionsView } from '../shared/contract';
import type { AppDeps } from './app-deps';
import { loadOkrTree } from './okr-tree';

/** What the issue may be tagged with: key results of its project's objectives whose cycle has not ended. */
export async function getIssueLinkOptions(deps: AppDeps, issueKey: string): Promise<IssueLinkOptionsView> {
  const { issue } = await deps.jira.getIssueWithEpic(issueKey);
  const [permissions, tree] = await Promise.all([deps.jira.getProjectPermissions(issue.projectKey), loadOkrTree(deps.okrs)]);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const options = [...tree.keyResults.values()].flatMap((keyResult) => {
    const objective = tree.objectives.get(keyResult.objectiveId);
    if (objective === undefined || !objective.projectKeys.includes(issue.projectKey)) return [];
    if (objective.cycle.endDate < today && !issue.krIds.includes(keyResult.id)) return [];
    return [{ id: keyResult.id, title: keyResult.title, objectiveTitle: objective.title, cycleLabel: objective.cycle.label }];
  });
  return {
    canEdit: permissions.edit,
    options: options.sort((a, b) => a.cycleLabel.localeCompare(b.cycleLabel) || a.objectiveTitle.localeCompare(b.objectiveTitle)),
    selectedIds: issue.krIds.filter((id) => tree.keyResults.has(id)),
  };
}
