import { getSprintPlanner } from '../../src/use-cases/get-sprint-planner';
import { keyResult, objective, workIssue } from '../support/builders';
import { testDeps } from '../support/fakes';

describe('getSprintPlanner', () => {
  it('groups the sprint’s planned work by key result and lists what supports none', async () => {
    const deps = testDeps([
      workIssue({ key: 'SHOP-1', isEpic: true, krIds: ['kr-1'] }),
      workIssue({ key: 'SHOP-2', parentKey: 'SHOP-1', storyPoints: 5 }),
      workIssue({ key: 'SHOP-3', krIds: ['kr-1', 'kr-deleted'], storyPoints: 3, statusCategory: 'done' }),
      workIssue({ key: 'SHOP-4', storyPoints: 2 }),
      workIssue({ key: 'SHOP-5' }),
    ]);
    deps.okrs.objectives.set('obj-1', objective());
    deps.okrs.keyResults.set('kr-1', keyResult({ id: 'kr-1' }));
    deps.jira.sprints.set('9', { id: '9', name: 'Sprint 9', state: 'active', boardId: '1', issueKeys: ['SHOP-2', 'SHOP-3', 'SHOP-4', 'SHOP-5'] });

    const view = await getSprintPlanner(deps, 'SHOP', { kind: 'sprint', sprintId: '9', boardId: '1' });

    expect(view.scope).toEqual({ kind: 'sprint', sprintId: '9', sprintName: 'Sprint 9', state: 'active' });
    expect(view.keyResults.map((item) => [item.keyResult.id, item.plannedStoryPoints, item.issues.map((issue) => `${issue.key}:${issue.via}`)])).toEqual([
      ['kr-1', 8, ['SHOP-2:epic', 'SHOP-3:direct']],
    ]);
    expect(view.unaligned.map((issue) => issue.key)).toEqual(['SHOP-4', 'SHOP-5']);
    expect(view.totals).toEqual({ issues: 4, alignedIssues: 2, storyPoints: 10, alignedStoryPoints: 8, unestimatedIssues: 1 });
  });
});
