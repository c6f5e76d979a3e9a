import { recordSprintClose } from '../../src/use-cases/record-sprint-close';
import { keyResult, objective, workIssue } from '../support/builders';
import { testDeps } from '../support/fakes';

function closedSprintSite() {
  const deps = testDeps([
    workIssue({ key: 'SHOP-1', isEpic: true, krIds: ['kr-1'] }),
    workIssue({ key: 'SHOP-2', parentKey: 'SHOP-1', storyPoints: 5, statusCategory: 'done' }),
    workIssue({ key: 'SHOP-3', krIds: ['kr-1'], storyPoints: 3, statusCategory: 'done' }),
    workIssue({ key: 'SHOP-4', krIds: ['kr-1'], storyPoints: 8 }),
    workIssue({ key: 'SHOP-5', storyPoints: 2, statusCategory: 'done' }),
  ]);
  deps.okrs.objectives.set('obj-1', objective());
  deps.okrs.keyResults.set('kr-1', keyResult({ id: 'kr-1' }));
  deps.jira.sprints.set('7', {
    id: '7',
    name: 'Sprint 7',
    state: 'closed',
    boardId: '1',
    startDateIso: '2026-11-01T09:00:00.000Z',
    completeDateIso: '2026-11-14T17:00:00.000Z',
    issueKeys: ['SHOP-2', 'SHOP-3', 'SHOP-4', 'SHOP-5'],
  });
  return deps;
}

describe('recordSprintClose', () => {
  it('records one ledger entry per key result with before, after, delta and the issues that moved it', async () => {
    const deps = closedSprintSite();
    expect(await recordSprintClose(deps, '7')).toEqual({ status: 'recorded', sprintId: '7', keyResultIds: ['kr-1'] });
    expect(await deps.ledger.listEntries(['obj-1'])).toEqual([
      {
        sprintId: '7',
        sprintName: 'Sprint 7',
        boardId: '1',
        completeDateIso: '2026-11-14T17:00:00.000Z',
        keyResultId: 'kr-1',
        objectiveId: 'obj-1',
        kind: 'storyPoints',
        unit: 'story points',
        before: 0,
        after: 8,
        delta: 8,
        progressBeforePercent: 0,
        progressAfterPercent: 50,
        movedStoryPoints: 8,
        movedIssues: [
          { key: 'SHOP-2', summary: 'Summary of SHOP-2', statusCategory: 'done', storyPoints: 5, via: 'epic', epicKey: 'SHOP-1' },
          { key: 'SHOP-3', summary: 'Summary of SHOP-3', statusCategory: 'done', storyPoints: 3, via: 'direct' },
        ],
      },
    ]);
  });

  it('records the same close once when the event arrives twice', async () => {
    const deps = closedSprintSite();
    await recordSprintClose(deps, '7');
    expect(await recordSprintClose(deps, '7')).toEqual({ status: 'already-recorded', sprintId: '7' });
    expect(await deps.ledger.listEntries(['obj-1'])).toHaveLength(1);
  });

  it('replaces the record when a reopened sprint closes again', async () => {
    const deps = closedSprintSite();
    await recordSprintClose(deps, '7');
    deps.jira.issues.set('SHOP-4', workIssue({ key: 'SHOP-4', krIds: ['kr-1'], storyPoints: 8, statusCategory: 'done' }));
    const sprint = deps.jira.sprints.get('7');
    if (sprint) sprint.completeDateIso = '2026-11-15T10:00:00.000Z';
    await recordSprintClose(deps, '7');
    expect(await deps.ledger.listEntries(['obj-1'])).toMatchObject([{ before: 0, after: 16, delta: 16, completeDateIso: '2026-11-15T10:00:00.000Z' }]);
  });

  it('does not credit a sprint processed late with work carried over and finished in the next one', async () => {
    const deps = closedSprintSite();
    const nextSprint = { id: '8', startIso: '2026-11-15T09:00:00.000Z' };
    deps.jira.issues.set(
      'SHOP-3',
      workIssue({
        key: 'SHOP-3',
        krIds: ['kr-1'],
        storyPoints: 3,
        statusCategory: 'done',
        sprints: [{ id: '7', startIso: '2026-11-01T09:00:00.000Z' }, nextSprint],
      }),
    );
    await recordSprintClose(deps, '7');
    expect(await deps.ledger.listEntries(['obj-1'])).toMatchObject([{ before: 0, after: 5, delta: 5, movedIssues: [{ key: 'SHOP-2' }] }]);
  });

  it('records nothing for a sprint that is not closed (reopened since the event)', async () => {
    const deps = closedSprintSite();
    const sprint = deps.jira.sprints.get('7');
    if (sprint) sprint.state = 'active';
    expect(await recordSprintClose(deps, '7')).toEqual({ status: 'not-closed', sprintId: '7', state: 'active' });
    expect(deps.ledger.records.size).toBe(0);
  });
});
