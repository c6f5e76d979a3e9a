import { createWorkRefreshWorker, handleIssueUpdated, WORK_REFRESH_METHOD } from '../../src/triggers/issue-updated';
import { keyResult, objective, workIssue } from '../support/builders';
import { testDeps } from '../support/fakes';

const statusChange = (key: string) => ({
  eventType: 'avi:jira:updated:issue',
  issue: { id: '10017', key, fields: { summary: 'One-click reorder' } },
  changelog: { id: '10001', items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', fromString: 'In Progress', toString: 'Done' }] },
});

function queueSpy() {
  const pushed: unknown[] = [];
  return { pushed, queue: { push: async (events: unknown) => (pushed.push(events), { jobId: 'job-1' }) } };
}

describe('the updated:issue trigger', () => {
  it('queues a status change for the consumer', async () => {
    const { pushed, queue } = queueSpy();
    expect(await handleIssueUpdated(statusChange('SHOP-17'), queue)).toEqual({ queued: true });
    expect(pushed).toEqual([[{ body: { issueKey: 'SHOP-17' } }]]);
  });

  it('ignores a change that cannot move a key result, such as a new summary', async () => {
    const { pushed, queue } = queueSpy();
    const event = { ...statusChange('SHOP-17'), changelog: { id: '1', items: [{ field: 'summary', fieldId: 'summary' }] } };
    expect(await handleIssueUpdated(event, queue)).toEqual({ queued: false, reason: 'no change that moves a key result' });
    expect(pushed).toEqual([]);
  });

  it('ignores a malformed event, saying why', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { queue } = queueSpy();
    expect(await handleIssueUpdated({ eventType: 'avi:jira:updated:issue', issue: { key: 'not a key' } }, queue)).toEqual({
      queued: false,
      reason: 'issue.key: Jira sends the issue key, e.g. SHOP-7',
    });
  });
});

describe('the work-refresh consumer', () => {
  it('refreshes the snapshot of a key result the issue supports through its epic', async () => {
    const deps = testDeps([
      workIssue({ key: 'SHOP-1', isEpic: true, krIds: ['kr-1'] }),
      workIssue({ key: 'SHOP-17', parentKey: 'SHOP-1', storyPoints: 8, statusCategory: 'done' }),
    ]);
    deps.okrs.objectives.set('obj-1', objective());
    deps.okrs.keyResults.set('kr-1', keyResult());
    const worker = createWorkRefreshWorker(() => deps);
    const outcome = await worker({ call: { functionKey: WORK_REFRESH_METHOD, payload: { issueKey: 'SHOP-17' } }, context: {} });
    expect(outcome).toEqual({ issueKey: 'SHOP-17', keyResultIds: ['kr-1'] });
    expect(deps.snapshots.stored.get('kr-1')).toMatchObject({ doneStoryPoints: 8, totalStoryPoints: 8 });
  });

  it('does nothing more for an issue that supports no key result', async () => {
    const deps = testDeps([workIssue({ key: 'SHOP-9' })]);
    const worker = createWorkRefreshWorker(() => deps);
    expect(await worker({ call: { functionKey: WORK_REFRESH_METHOD, payload: { issueKey: 'SHOP-9' } }, context: {} })).toEqual({
      issueKey: 'SHOP-9',
      keyResultIds: [],
    });
    expect(deps.snapshots.stored.size).toBe(0);
  });
});
