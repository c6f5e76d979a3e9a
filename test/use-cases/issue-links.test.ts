import { getIssueLinkOptions } from '../../src/use-cases/get-issue-link-options';
import { getIssuePanel } from '../../src/use-cases/get-issue-panel';
import { setIssueLinks } from '../../src/use-cases/set-issue-links';
import { keyResult, objective, workIssue } from '../support/builders';
import { testDeps } from '../support/fakes';

function siteWithOkrs() {
  const deps = testDeps([
    workIssue({ key: 'SHOP-1', isEpic: true, krIds: ['kr-epic'] }),
    workIssue({ key: 'SHOP-2', parentKey: 'SHOP-1', storyPoints: 5, statusCategory: 'done' }),
    workIssue({ key: 'SHOP-3', storyPoints: 3 }),
  ]);
  deps.okrs.objectives.set('obj-1', objective());
  deps.okrs.objectives.set('obj-old', objective({ id: 'obj-old', title: 'Old', cycle: { label: '2026 Q1', startDate: '2026-01-01', endDate: '2026-03-31' } }));
  deps.okrs.keyResults.set('kr-epic', keyResult({ id: 'kr-epic', title: 'Epic KR' }));
  deps.okrs.keyResults.set('kr-direct', keyResult({ id: 'kr-direct', title: 'Direct KR', measure: { kind: 'issues' } }));
  deps.okrs.keyResults.set('kr-old', keyResult({ id: 'kr-old', objectiveId: 'obj-old', title: 'Old KR' }));
  return deps;
}

describe('issue panel', () => {
  it('shows a story’s key results inherited through its epic', async () => {
    const panel = await getIssuePanel(siteWithOkrs(), 'SHOP-2');
    expect(panel.issue).toEqual({ key: 'SHOP-2', summary: 'Summary of SHOP-2', isEpic: false, epic: { key: 'SHOP-1', summary: 'Summary of SHOP-1' } });
    expect(panel.linked.map((item) => [item.keyResult.id, item.via, item.epicKey, item.objectiveTitle])).toEqual([
      ['kr-epic', 'epic', 'SHOP-1', 'Delight new customers'],
    ]);
  });

  it('tags a story, stores the property, and shows fresh progress at once', async () => {
    const deps = siteWithOkrs();
    const panel = await setIssueLinks(deps, 'SHOP-3', ['kr-direct']);
    expect(deps.jira.issues.get('SHOP-3')?.krIds).toEqual(['kr-direct']);
    expect(panel.linked.map((item) => [item.keyResult.id, item.via])).toEqual([['kr-direct', 'direct']]);
    expect(panel.linked[0]?.keyResult.work).toEqual({ totalIssues: 1, doneIssues: 0, totalStoryPoints: 3, doneStoryPoints: 0, unestimatedIssues: 0 });
  });

  it('refuses unknown key results and leaves the issue as it was', async () => {
    const deps = siteWithOkrs();
    await expect(setIssueLinks(deps, 'SHOP-3', ['kr-direct', 'kr-ghost'])).rejects.toThrow('Unknown key result(s): kr-ghost.');
    expect(deps.jira.issues.get('SHOP-3')?.krIds).toEqual([]);
  });

  it('refuses key results of another project’s objectives, so titles do not travel between projects', async () => {
    const deps = siteWithOkrs();
    deps.okrs.objectives.set('obj-fin', objective({ id: 'obj-fin', projectKeys: ['FIN'] }));
    deps.okrs.keyResults.set('kr-fin', keyResult({ id: 'kr-fin', objectiveId: 'obj-fin' }));
    await expect(setIssueLinks(deps, 'SHOP-3', ['kr-fin'])).rejects.toThrow('Key result(s) kr-fin belong to objectives of another project.');
    expect(deps.jira.issues.get('SHOP-3')?.krIds).toEqual([]);
  });

  it('refuses a user without edit permission', async () => {
    const deps = siteWithOkrs();
    deps.jira.permissions = { browse: true, edit: false };
    await expect(setIssueLinks(deps, 'SHOP-3', ['kr-direct'])).rejects.toThrow('Edit issues permission');
    expect(deps.jira.issues.get('SHOP-3')?.krIds).toEqual([]);
  });

  it('answers not found to a user who cannot see the issue', async () => {
    const deps = siteWithOkrs();
    deps.jira.permissions = { browse: false, edit: false };
    await expect(getIssuePanel(deps, 'SHOP-2')).rejects.toThrow('Issue SHOP-2 does not exist or you do not have permission to see it.');
  });

  it('offers the key results of open cycles in the issue’s project', async () => {
    const options = await getIssueLinkOptions(siteWithOkrs(), 'SHOP-3');
    expect(options).toEqual({
      canEdit: true,
      selectedIds: [],
      options: [
        { id: 'kr-epic', title: 'Epic KR', objectiveTitle: 'Delight new customers', cycleLabel: '2026 Q4' },
        { id: 'kr-direct', title: 'Direct KR', objectiveTitle: 'Delight new customers', cycleLabel: '2026 Q4' },
      ],
    });
  });
});
