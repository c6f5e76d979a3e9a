import type { JiraEmulator, SprintEvent } from '../../../local/jira-emulator';
import { BASE, SAM, TODAY, call, callInvalid, demoEmulator, jiraError } from './emulator-test-kit';

/** The demo emulator plus every sprint event it fires. */
function recordingEmulator(): { emulator: JiraEmulator; events: SprintEvent[] } {
  const emulator = demoEmulator();
  const events: SprintEvent[] = [];
  emulator.onSprintEvent((event) => events.push(event));
  return { emulator, events };
}

const START = '2026-12-10T09:00:00.000Z';
const END = '2026-12-24T09:00:00.000Z';
const update = (emulator: JiraEmulator, sprintId: number, body: unknown, method = 'POST', accountId?: string) =>
  call(emulator, { method, path: `/rest/agile/1.0/sprint/${sprintId}`, body, accountId });

describe('sprint lifecycle', () => {
  it('creates a future sprint, answers 201 and fires a created event', async () => {
    const { emulator, events } = recordingEmulator();
    const answer = await call(emulator, { method: 'POST', path: '/rest/agile/1.0/sprint', body: { name: 'SHOP Sprint 5', originBoardId: 1, goal: 'Wallets' } });
    expect([answer.status, answer.json, events]).toEqual([
      201,
      { id: 6, self: `${BASE}/rest/agile/1.0/sprint/6`, state: 'future', name: 'SHOP Sprint 5', originBoardId: 1, goal: 'Wallets' },
      [{ eventType: 'avi:jira-software:created:sprint', sprint: { id: '6', originBoardId: '1', name: 'SHOP Sprint 5', goal: 'Wallets', state: 'future' } }],
    ]);
  });

  it('starts a future sprint with dates and fires a started event with string ids', async () => {
    const { emulator, events } = recordingEmulator();
    const answer = await update(emulator, 4, { state: 'active', startDate: START, endDate: END });
    expect([answer.status, answer.json, events]).toEqual([
      200,
      { id: 4, self: `${BASE}/rest/agile/1.0/sprint/4`, state: 'active', name: 'SHOP Sprint 4', startDate: START, endDate: END, originBoardId: 1 },
      [
        {
          eventType: 'avi:jira-software:started:sprint',
          sprint: { id: '4', originBoardId: '1', name: 'SHOP Sprint 4', state: 'active', startDate: START, endDate: END },
        },
      ],
    ]);
  });

  it('answers 400 and keeps the sprint future when starting without an end date', async () => {
    const { emulator, events } = recordingEmulator();
    const answer = await update(emulator, 4, { state: 'active', startDate: START });
    expect([answer.status, answer.json, emulator.listSprints(1)[3]?.state, events]).toEqual([
      400,
      jiraError('A sprint needs a start date and an end date before it can be started.'),
      'future',
      [],
    ]);
  });

  it('closes an active sprint, stamps completeDate with now and fires a closed event', async () => {
    const { emulator, events } = recordingEmulator();
    const answer = await update(emulator, 3, { state: 'closed' });
    expect([answer.json, events]).toEqual([
      expect.objectContaining({ id: 3, state: 'closed', completeDate: TODAY.toISOString() }),
      [
        {
          eventType: 'avi:jira-software:closed:sprint',
          sprint: expect.objectContaining({ id: '3', state: 'closed', completeDate: TODAY.toISOString(), originBoardId: '1' }),
        },
      ],
    ]);
  });

  it('keeps unfinished issues in the closed sprint when it closes', async () => {
    const { emulator } = recordingEmulator();
    await update(emulator, 3, { state: 'closed' });
    expect([emulator.getIssue('SHOP-17').sprintIds, emulator.getIssue('SHOP-14').sprintIds]).toEqual([[3], [2, 3]]);
  });

  it.each([
    [4, 'closed', "A sprint in state 'future' cannot be moved to state 'closed'."],
    [3, 'future', "A sprint in state 'active' cannot be moved to state 'future'."],
    [1, 'active', "A sprint in state 'closed' cannot be moved to state 'active'."],
    [4, 'started', "'started' is not a valid sprint state. Valid states are future, active and closed."],
  ])('answers 400 when sprint %i is moved to %s', async (sprintId, state, message) => {
    const { emulator, events } = recordingEmulator();
    const answer = await update(emulator, sprintId, { state, startDate: START, endDate: END });
    expect([answer.status, answer.json, events]).toEqual([400, jiraError(message), []]);
  });

  it('updates only the given fields with POST and fires an updated event with the old value', async () => {
    const { emulator, events } = recordingEmulator();
    const answer = await update(emulator, 3, { goal: 'Checkout v2 GA' });
    expect([answer.json, events.map((event) => [event.eventType, event.sprint.goal, event.oldValue?.goal])]).toEqual([
      expect.objectContaining({ name: 'SHOP Sprint 3', goal: 'Checkout v2 GA', state: 'active', startDate: '2026-11-26T09:00:00.000Z' }),
      [['avi:jira-software:updated:sprint', 'Checkout v2 GA', 'Checkout v2 beta']],
    ]);
  });

  it('replaces the sprint with PUT, clearing the goal it was not given', async () => {
    const { emulator } = recordingEmulator();
    const answer = await update(emulator, 3, { name: 'Checkout sprint', state: 'active', startDate: '2026-11-26T09:00:00.000Z', endDate: END }, 'PUT');
    expect(answer.json).toEqual({
      id: 3,
      self: `${BASE}/rest/agile/1.0/sprint/3`,
      state: 'active',
      name: 'Checkout sprint',
      startDate: '2026-11-26T09:00:00.000Z',
      endDate: END,
      originBoardId: 1,
    });
  });

  it('answers 400 when PUT lacks the state', async () => {
    const answer = await update(demoEmulator(), 3, { name: 'Checkout sprint' }, 'PUT');
    expect([answer.status, answer.json]).toEqual([400, jiraError('A full sprint update needs a name and a state.')]);
  });

  it('answers 400 when the end date is before the start date', async () => {
    const answer = await update(demoEmulator(), 4, { state: 'active', startDate: END, endDate: START });
    expect([answer.status, answer.json]).toEqual([400, jiraError('The sprint end date must be after its start date.')]);
  });

  it('answers 400 when a sprint body has unknown fields', async () => {
    const answer = await callInvalid(demoEmulator(), { method: 'POST', path: '/rest/agile/1.0/sprint/4', body: { status: 'active' } });
    expect(answer.status).toBe(400);
  });

  it('answers 403 when a browse-only user changes a sprint', async () => {
    const { emulator, events } = recordingEmulator();
    const answer = await update(emulator, 3, { state: 'closed' }, 'POST', SAM);
    expect([answer.status, answer.json, events]).toEqual([403, jiraError('You do not have permission to manage sprints on this board.'), []]);
  });

  it('stops notifying a listener once it unsubscribes', async () => {
    const emulator = demoEmulator();
    const events: SprintEvent[] = [];
    const unsubscribe = emulator.onSprintEvent((event) => events.push(event));
    unsubscribe();
    await update(emulator, 3, { state: 'closed' });
    expect(events).toEqual([]);
  });
});

describe('moving issues between sprints and the backlog', () => {
  it('moves issues into a sprint, keeping the closed sprints they were in', async () => {
    const emulator = demoEmulator();
    const answer = await call(emulator, { method: 'POST', path: '/rest/agile/1.0/sprint/4/issue', body: { issues: ['SHOP-14', 'SHOP-22'] } });
    expect([answer.status, emulator.getIssue('SHOP-14').sprintIds, emulator.getIssue('SHOP-22').sprintIds]).toEqual([204, [2, 4], [4]]);
  });

  it('answers 400 when the target sprint is closed', async () => {
    const answer = await call(demoEmulator(), { method: 'POST', path: '/rest/agile/1.0/sprint/1/issue', body: { issues: ['SHOP-22'] } });
    expect([answer.status, answer.json]).toEqual([400, jiraError('Issues cannot be moved to a closed sprint.')]);
  });

  it('moves issues back to the backlog', async () => {
    const emulator = demoEmulator();
    const answer = await call(emulator, { method: 'POST', path: '/rest/agile/1.0/backlog/issue', body: { issues: ['SHOP-14'] } });
    expect([answer.status, emulator.getIssue('SHOP-14').sprintIds]).toEqual([204, [2]]);
  });
});
