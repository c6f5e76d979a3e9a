import { createSprintCloseWorker, handleSprintClosed, SPRINT_CLOSE_METHOD } from '../../src/triggers/sprint-closed';
import { keyResult, objective, workIssue } from '../support/builders';
import { testDeps } from '../support/fakes';

const closedEvent = {
  eventType: 'avi:jira-software:closed:sprint',
  sprint: {
    id: '7',
    originBoardId: '1',
    name: 'Sprint 7',
    state: 'closed',
    startDate: '2026-11-01T09:00:00.000Z',
    endDate: '2026-11-14T17:00:00.000Z',
    completeDate: '2026-11-14T17:00:00.000Z',
  },
};

describe('the closed:sprint trigger', () => {
  it('queues the sprint id for the consumer', async () => {
    const pushed: unknown[] = [];
    const outcome = await handleSprintClosed(closedEvent, {
      push: async (events) => {
        pushed.push(events);
        return { jobId: 'job-1' };
      },
    });
    expect(outcome).toEqual({ queued: true });
    expect(pushed).toEqual([[{ body: { sprintId: '7' } }]]);
  });

  it('ignores an event that is not a closed sprint, saying why', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const push = jest.fn();
    const outcome = await handleSprintClosed({ eventType: 'avi:jira-software:closed:sprint', sprint: {} }, { push });
    expect(outcome.queued).toBe(false);
    expect(outcome.reason).toBe('sprint.id: Jira sends the sprint id as a string');
    expect(push).not.toHaveBeenCalled();
  });
});

describe('the sprint-close consumer', () => {
  it('records the sprint ledger from a queued job', async () => {
    const deps = testDeps([workIssue({ key: 'SHOP-3', krIds: ['kr-1'], storyPoints: 3, statusCategory: 'done' })]);
    deps.okrs.objectives.set('obj-1', objective());
    deps.okrs.keyResults.set('kr-1', keyResult());
    deps.jira.sprints.set('7', { id: '7', name: 'Sprint 7', state: 'closed', completeDateIso: '2026-11-14T17:00:00.000Z', issueKeys: ['SHOP-3'] });
    const worker = createSprintCloseWorker(() => deps);
    const outcome = await worker({ call: { functionKey: SPRINT_CLOSE_METHOD, payload: { sprintId: '7' }, jobId: 'job-1' }, context: {} });
    expect(outcome).toEqual({ status: 'recorded', sprintId: '7', keyResultIds: ['kr-1'] });
    expect(await deps.ledger.listEntries(['obj-1'])).toMatchObject([{ sprintId: '7', keyResultId: 'kr-1', before: 0, after: 3, delta: 3 }]);
  });

  it('rejects a malformed job with a clear error', async () => {
    const worker = createSprintCloseWorker(() => testDeps());
    await expect(worker({ call: { functionKey: SPRINT_CLOSE_METHOD, payload: { sprintId: 'DROP TABLE' } }, context: {} })).rejects.toThrow(
      'sprintId is a Jira sprint id',
    );
  });
});
