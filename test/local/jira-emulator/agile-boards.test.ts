import { JiraEmulator } from '../../../local/jira-emulator';
import { createDemoSite } from '../../../local/datasets/demo-site';
import { BASE, SAM, TODAY, call, callInvalid, demoEmulator, jiraError } from './emulator-test-kit';

interface IssuesPage {
  expand: string;
  startAt: number;
  maxResults: number;
  total: number;
  issues: { key: string; self: string; fields: Record<string, unknown> }[];
}

const keysOf = (page: IssuesPage) => page.issues.map((issue) => issue.key);
const BOARD_NOT_FOUND = 'Board does not exist or you do not have permission to see it.';

describe('agile boards', () => {
  const emulator = demoEmulator();

  it('lists boards as a page with a total', async () => {
    const answer = await call(emulator, { path: '/rest/agile/1.0/board?maxResults=1' });
    expect(answer.json).toEqual({
      maxResults: 1,
      startAt: 0,
      total: 2,
      isLast: false,
      values: [expect.objectContaining({ id: 1, self: `${BASE}/rest/agile/1.0/board/1`, name: 'SHOP board', type: 'scrum' })],
    });
  });

  it('lists the boards of one project when projectKeyOrId is given', async () => {
    const answer = await call<{ values: { id: number; location: { projectKey: string } }[] }>(emulator, { path: '/rest/agile/1.0/board?projectKeyOrId=10001' });
    expect(answer.json.values.map((board) => [board.id, board.location.projectKey])).toEqual([[2, 'FIN']]);
  });

  it('leaves out boards of projects the user cannot browse', async () => {
    const list = await call<{ values: { id: number }[] }>(emulator, { path: '/rest/agile/1.0/board', accountId: SAM });
    const direct = await call(emulator, { path: '/rest/agile/1.0/board/2', accountId: SAM });
    expect([list.json.values.map((board) => board.id), direct.status, direct.json]).toEqual([[1], 404, jiraError(BOARD_NOT_FOUND)]);
  });

  it('answers the estimation field of the board from its configuration', async () => {
    const answer = await call<{ estimation: unknown; ranking: unknown; location: unknown }>(emulator, { path: '/rest/agile/1.0/board/1/configuration' });
    expect([answer.json.estimation, answer.json.location]).toEqual([
      { type: 'field', field: { fieldId: 'customfield_10016', displayName: 'Story point estimate' } },
      { type: 'project', key: 'SHOP', id: '10000', self: `${BASE}/rest/api/3/project/10000`, name: 'Shop Platform' },
    ]);
  });

  it('answers the classic Story Points field when the board estimates with it', async () => {
    const site = createDemoSite(TODAY);
    site.boards[0]!.estimationFieldId = 'customfield_10026';
    const answer = await call<{ estimation: unknown }>(new JiraEmulator(site), { path: '/rest/agile/1.0/board/1/configuration' });
    expect(answer.json.estimation).toEqual({ type: 'field', field: { fieldId: 'customfield_10026', displayName: 'Story Points' } });
  });

  it('pages the sprints of a board without a total', async () => {
    const first = await call(emulator, { path: '/rest/agile/1.0/board/1/sprint?maxResults=3' });
    const rest = await call(emulator, { path: '/rest/agile/1.0/board/1/sprint?startAt=3&maxResults=3' });
    expect([first.json, rest.json]).toEqual([
      {
        maxResults: 3,
        startAt: 0,
        isLast: false,
        values: [expect.objectContaining({ id: 1 }), expect.objectContaining({ id: 2 }), expect.objectContaining({ id: 3 })],
      },
      {
        maxResults: 3,
        startAt: 3,
        isLast: true,
        values: [{ id: 4, self: `${BASE}/rest/agile/1.0/sprint/4`, state: 'future', name: 'SHOP Sprint 4', originBoardId: 1 }],
      },
    ]);
  });

  it('filters sprints by a comma-separated state list', async () => {
    const answer = await call<{ values: { id: number; state: string }[] }>(emulator, { path: '/rest/agile/1.0/board/1/sprint?state=active,future' });
    expect(answer.json.values.map((sprint) => [sprint.id, sprint.state])).toEqual([
      [3, 'active'],
      [4, 'future'],
    ]);
  });

  it('answers 400 when a sprint state is not valid', async () => {
    const answer = await callInvalid(emulator, { path: '/rest/agile/1.0/board/1/sprint?state=done' });
    expect([answer.status, answer.json]).toEqual([400, jiraError("The sprint state 'done' is not valid. Valid states are future, active and closed.")]);
  });

  it('answers the backlog: issues in no open sprint, not done and not epics', async () => {
    const answer = await call<IssuesPage>(emulator, { path: '/rest/agile/1.0/board/1/backlog?fields=summary' });
    expect([keysOf(answer.json), answer.json.total]).toEqual([['SHOP-22', 'SHOP-23', 'SHOP-24'], 3]);
  });

  it('pages board issues in rank order with startAt, maxResults and total', async () => {
    const answer = await call<IssuesPage>(emulator, { path: '/rest/agile/1.0/board/1/issue?startAt=20&maxResults=3&fields=summary' });
    expect({ ...answer.json, issues: keysOf(answer.json) }).toEqual({
      expand: 'schema,names',
      startAt: 20,
      maxResults: 3,
      total: 24,
      issues: ['SHOP-21', 'SHOP-22', 'SHOP-23'],
    });
  });

  it('answers agile issues with agile self URLs and all fields by default', async () => {
    const answer = await call<IssuesPage>(emulator, { path: '/rest/agile/1.0/board/1/issue?maxResults=1' });
    expect([answer.json.issues[0]?.self, Object.keys(answer.json.issues[0]?.fields ?? {})]).toEqual([
      `${BASE}/rest/agile/1.0/issue/10001`,
      ['summary', 'issuetype', 'status', 'project', 'components', 'created', 'assignee', 'customfield_10020', 'customfield_10026', 'customfield_10016'],
    ]);
  });

  it('answers 404 for an unknown board', async () => {
    const answer = await call(emulator, { path: '/rest/agile/1.0/board/99/issue' });
    expect([answer.status, answer.json]).toEqual([404, jiraError(BOARD_NOT_FOUND)]);
  });
});

describe('agile sprint reads', () => {
  const emulator = demoEmulator();

  it('answers a sprint with numeric ids and its dates', async () => {
    const answer = await call(emulator, { path: '/rest/agile/1.0/sprint/3' });
    expect(answer.json).toEqual({
      id: 3,
      self: `${BASE}/rest/agile/1.0/sprint/3`,
      state: 'active',
      name: 'SHOP Sprint 3',
      startDate: '2026-11-26T09:00:00.000Z',
      endDate: '2026-12-10T09:00:00.000Z',
      originBoardId: 1,
      goal: 'Checkout v2 beta',
    });
  });

  it('answers 404 for a sprint of a project the user cannot browse', async () => {
    const answer = await call(emulator, { path: '/rest/agile/1.0/sprint/5', accountId: SAM });
    expect(answer.status).toBe(404);
  });

  it('answers the issues of a sprint, filtered by jql and limited to the listed fields', async () => {
    const answer = await call<IssuesPage>(emulator, {
      path: `/rest/agile/1.0/sprint/3/issue?fields=customfield_10016,status&jql=${encodeURIComponent('statusCategory != done')}`,
    });
    expect(answer.json.issues.map((issue) => [issue.key, issue.fields.customfield_10016, Object.keys(issue.fields)])).toEqual([
      ['SHOP-14', 5, ['status', 'customfield_10016']],
      ['SHOP-17', 8, ['status', 'customfield_10016']],
      ['SHOP-18', 2, ['status', 'customfield_10016']],
      ['SHOP-19', 5, ['status', 'customfield_10016']],
    ]);
  });

  it('answers the same issues through the board sprint path', async () => {
    const answer = await call<IssuesPage>(emulator, { path: '/rest/agile/1.0/board/1/sprint/2/issue?fields=summary' });
    expect(keysOf(answer.json)).toEqual(['SHOP-9', 'SHOP-10', 'SHOP-11', 'SHOP-12', 'SHOP-13', 'SHOP-14']);
  });

  it('answers 400 when the jql of a sprint issue list is invalid', async () => {
    const answer = await call(emulator, { path: `/rest/agile/1.0/sprint/3/issue?jql=${encodeURIComponent('labels = x')}` });
    expect([answer.status, answer.json]).toEqual([400, jiraError("The Jira emulator does not support searching on the field 'labels'.")]);
  });
});
