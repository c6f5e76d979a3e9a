import { ALEX, BASE, SAM, call, callInvalid, demoEmulator, jiraError } from './emulator-test-kit';

const NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

const status = (id: string, name: string, category: { id: number; key: string; colorName: string; name: string }) => ({
  self: `${BASE}/rest/api/3/status/${id}`,
  description: '',
  iconUrl: `${BASE}/`,
  name,
  id,
  statusCategory: { self: `${BASE}/rest/api/3/statuscategory/${category.id}`, ...category },
});
const TO_DO = status('10000', 'To Do', { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' });
const IN_PROGRESS = status('3', 'In Progress', { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' });
const DONE = status('10001', 'Done', { id: 3, key: 'done', colorName: 'green', name: 'Done' });

const issueType = (id: string, name: string, description: string, avatarId: number, hierarchyLevel: number) => ({
  self: `${BASE}/rest/api/3/issuetype/${id}`,
  id,
  description,
  iconUrl: `${BASE}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${avatarId}?size=medium`,
  name,
  subtask: false,
  avatarId,
  hierarchyLevel,
});

describe('GET /rest/api/3/issue/{issueIdOrKey}', () => {
  const emulator = demoEmulator();

  it('answers the whole issue as Jira Cloud shapes it when no fields are given', async () => {
    const answer = await call(emulator, { path: '/rest/api/3/issue/SHOP-18' });
    expect(answer.json).toEqual({
      expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
      id: '10018',
      self: `${BASE}/rest/api/3/issue/10018`,
      key: 'SHOP-18',
      fields: {
        summary: 'Filters reset on back navigation',
        issuetype: issueType('10003', 'Bug', 'A problem or error.', 10303, 0),
        status: TO_DO,
        parent: {
          id: '10002',
          key: 'SHOP-2',
          self: `${BASE}/rest/api/3/issue/10002`,
          fields: {
            summary: 'Search relevance',
            status: IN_PROGRESS,
            issuetype: issueType('10000', 'Epic', 'A big user story that needs to be broken down.', 10307, 1),
          },
        },
        project: {
          self: `${BASE}/rest/api/3/project/10000`,
          id: '10000',
          key: 'SHOP',
          name: 'Shop Platform',
          projectTypeKey: 'software',
          simplified: false,
          avatarUrls: expect.objectContaining({ '48x48': expect.stringContaining(BASE) }),
        },
        components: [{ self: expect.stringMatching(/\/rest\/api\/3\/component\/\d+$/), id: expect.stringMatching(/^\d+$/), name: 'Search' }],
        created: '2026-10-29T11:00:00.000+0000',
        assignee: null,
        customfield_10020: [
          {
            id: 3,
            name: 'SHOP Sprint 3',
            state: 'active',
            boardId: 1,
            goal: 'Checkout v2 beta',
            startDate: '2026-11-26T09:00:00.000Z',
            endDate: '2026-12-10T09:00:00.000Z',
          },
        ],
        customfield_10026: 3,
        customfield_10016: 2,
      },
    });
  });

  it('answers only the listed fields and the listed properties', async () => {
    const answer = await call<{ fields: unknown; properties: unknown }>(emulator, {
      path: '/rest/api/3/issue/10009?fields=status,customfield_10020&properties=okr',
    });
    expect([answer.json.fields, answer.json.properties]).toEqual([
      {
        status: DONE,
        customfield_10020: [
          expect.objectContaining({ id: 1, state: 'closed', completeDate: '2026-11-12T11:00:00.000Z' }),
          expect.objectContaining({ id: 2, state: 'closed' }),
        ],
      },
      {},
    ]);
  });

  it('marks epics with hierarchyLevel 1 and answers null for missing estimates and sprints', async () => {
    const answer = await call<{ fields: Record<string, unknown> }>(emulator, {
      path: '/rest/api/3/issue/SHOP-1?fields=issuetype,customfield_10016,customfield_10020,parent',
    });
    expect(answer.json.fields).toEqual({
      issuetype: issueType('10000', 'Epic', 'A big user story that needs to be broken down.', 10307, 1),
      customfield_10016: null,
      customfield_10020: null,
    });
  });

  it('answers 404 when the issue does not exist', async () => {
    const answer = await call(emulator, { path: '/rest/api/3/issue/SHOP-999' });
    expect([answer.status, answer.json]).toEqual([404, jiraError(NOT_FOUND)]);
  });

  it('answers 404 when the user cannot browse the project', async () => {
    const [sam, alex] = await Promise.all([
      call(emulator, { path: '/rest/api/3/issue/FIN-1', accountId: SAM }),
      call(emulator, { path: '/rest/api/3/issue/FIN-1', accountId: ALEX }),
    ]);
    expect([sam.status, sam.json, alex.status]).toEqual([404, jiraError(NOT_FOUND), 200]);
  });
});

describe('issue transitions', () => {
  it('lists the three global transitions with their target statuses', async () => {
    const answer = await call<{ transitions: { id: string; name: string; to: unknown }[] }>(demoEmulator(), { path: '/rest/api/3/issue/SHOP-19/transitions' });
    expect(answer.json.transitions.map(({ id, name, to }) => ({ id, name, to }))).toEqual([
      { id: '11', name: 'To Do', to: TO_DO },
      { id: '21', name: 'In Progress', to: IN_PROGRESS },
      { id: '31', name: 'Done', to: DONE },
    ]);
  });

  it('moves the issue to the target status when a transition is posted', async () => {
    const emulator = demoEmulator();
    const answer = await call(emulator, { method: 'POST', path: '/rest/api/3/issue/SHOP-19/transitions', body: { transition: { id: '31' } } });
    expect([answer.status, emulator.getIssue('SHOP-19').status]).toEqual([204, { name: 'Done', category: 'done' }]);
  });

  it('answers 400 when the transition id is unknown', async () => {
    const answer = await call(demoEmulator(), { method: 'POST', path: '/rest/api/3/issue/SHOP-19/transitions', body: { transition: { id: '99' } } });
    expect([answer.status, answer.json]).toEqual([400, jiraError("Transition id '99' is not valid for this issue.")]);
  });

  it('answers 400 when the body has no transition', async () => {
    const answer = await callInvalid(demoEmulator(), { method: 'POST', path: '/rest/api/3/issue/SHOP-19/transitions', body: { fields: {} } });
    expect(answer.status).toBe(400);
  });

  it('answers 400, as the spec documents, when the user may browse but not edit', async () => {
    const emulator = demoEmulator();
    const answer = await call(emulator, { method: 'POST', path: '/rest/api/3/issue/SHOP-19/transitions', body: { transition: { id: '31' } }, accountId: SAM });
    expect([answer.status, answer.json, emulator.getIssue('SHOP-19').status.name]).toEqual([
      400,
      jiraError('You do not have permission to transition this issue.'),
      'To Do',
    ]);
  });
});
