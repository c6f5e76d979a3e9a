import type { IssueUpdatedEvent } from '../../../local/jira-emulator';
import { ALEX, call, demoEmulator } from './emulator-test-kit';

describe('issue events', () => {
  it('raises avi:jira:updated:issue with a status changelog when an issue is transitioned', async () => {
    const emulator = demoEmulator();
    const events: IssueUpdatedEvent[] = [];
    emulator.onIssueEvent((event) => events.push(event));
    const answer = await call(emulator, { method: 'POST', path: '/rest/api/3/issue/SHOP-18/transitions', body: { transition: { id: '31' } }, accountId: ALEX });
    expect(answer.status).toBe(204);
    expect(events).toEqual([
      {
        eventType: 'avi:jira:updated:issue',
        atlassianId: ALEX,
        issue: expect.objectContaining({ key: 'SHOP-18', fields: expect.objectContaining({ status: { name: 'Done', statusCategory: { key: 'done' } } }) }),
        changelog: { id: expect.any(String), items: [expect.objectContaining({ field: 'status', fieldId: 'status', fromString: 'To Do', toString: 'Done' })] },
      },
    ]);
  });

  it('raises nothing when the issue is already in that status', async () => {
    const emulator = demoEmulator();
    const events: IssueUpdatedEvent[] = [];
    emulator.onIssueEvent((event) => events.push(event));
    await call(emulator, { method: 'POST', path: '/rest/api/3/issue/SHOP-4/transitions', body: { transition: { id: '31' } }, accountId: ALEX });
    expect(events).toEqual([]);
  });
});
