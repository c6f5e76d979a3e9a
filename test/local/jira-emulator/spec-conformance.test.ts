import { ALEX, SAM, type Call, call, demoEmulator } from './emulator-test-kit';

const okr = '/rest/api/3/issue/SHOP-4/properties/okr';
const searchBody = { jql: 'project = SHOP', fields: ['*all'], properties: ['okr'], maxResults: 5 };

/** One call per endpoint and outcome; `call` asserts the request and the answer against the Jira specs. */
const CASES: [string, Call, number][] = [
  ['search GET with all fields', { path: '/rest/api/3/search/jql?jql=project%3DSHOP&fields=*all&properties=okr&maxResults=5' }, 200],
  ['search POST', { method: 'POST', path: '/rest/api/3/search/jql', body: searchBody }, 200],
  ['search unbounded', { path: '/rest/api/3/search/jql?jql=ORDER%20BY%20key' }, 400],
  ['removed search', { path: '/rest/api/3/search?jql=project%3DSHOP' }, 410],
  ['issue', { path: '/rest/api/3/issue/SHOP-14?expand=names&properties=okr' }, 200],
  ['issue hidden', { path: '/rest/api/3/issue/FIN-1', accountId: SAM }, 404],
  ['transitions', { path: '/rest/api/3/issue/SHOP-14/transitions' }, 200],
  ['transition', { method: 'POST', path: '/rest/api/3/issue/SHOP-14/transitions', body: { transition: { id: '31' } } }, 204],
  ['transition denied', { method: 'POST', path: '/rest/api/3/issue/SHOP-14/transitions', body: { transition: { id: '31' } }, accountId: SAM }, 400],
  ['property put', { method: 'PUT', path: okr, body: { krIds: ['kr-1'] } }, 201],
  ['property get', { path: okr }, 200],
  ['property keys', { path: '/rest/api/3/issue/SHOP-4/properties' }, 200],
  ['property put denied', { method: 'PUT', path: okr, body: 1, accountId: SAM }, 403],
  ['property put too big', { method: 'PUT', path: okr, body: { blob: 'x'.repeat(40000) } }, 400],
  ['property delete', { method: 'DELETE', path: okr }, 204],
  ['property missing', { path: okr }, 404],
  [
    'properties multi',
    { method: 'POST', path: '/rest/api/3/issue/properties/multi', body: { issues: [{ issueID: 10004, properties: { okr: { krIds: ['kr-2'] } } }] } },
    303,
  ],
  ['task', { path: '/rest/api/3/task/10000' }, 200],
  ['fields', { path: '/rest/api/3/field' }, 200],
  ['status categories', { path: '/rest/api/3/statuscategory' }, 200],
  ['myself as user', { path: '/rest/api/3/myself', accountId: ALEX }, 200],
  ['myself as app', { path: '/rest/api/3/myself' }, 200],
  ['user', { path: `/rest/api/3/user?accountId=${encodeURIComponent(SAM)}` }, 200],
  ['user missing', { path: '/rest/api/3/user?accountId=nobody' }, 404],
  ['user bulk', { path: `/rest/api/3/user/bulk?accountId=${encodeURIComponent(SAM)}` }, 200],
  ['project', { path: '/rest/api/3/project/SHOP' }, 200],
  ['project hidden', { path: '/rest/api/3/project/FIN', accountId: SAM }, 404],
  ['project search', { path: '/rest/api/3/project/search?maxResults=1' }, 200],
  ['my permissions', { path: '/rest/api/3/mypermissions?projectKey=SHOP&permissions=BROWSE_PROJECTS,EDIT_ISSUES' }, 200],
  ['boards', { path: '/rest/agile/1.0/board?projectKeyOrId=SHOP' }, 200],
  ['board', { path: '/rest/agile/1.0/board/1' }, 200],
  ['board hidden', { path: '/rest/agile/1.0/board/2', accountId: SAM }, 404],
  ['board configuration', { path: '/rest/agile/1.0/board/1/configuration' }, 200],
  ['board sprints', { path: '/rest/agile/1.0/board/1/sprint?state=active,closed' }, 200],
  ['backlog', { path: '/rest/agile/1.0/board/1/backlog' }, 200],
  ['board issues', { path: '/rest/agile/1.0/board/1/issue?jql=statusCategory%3Ddone&fields=summary' }, 200],
  ['board sprint issues', { path: '/rest/agile/1.0/board/1/sprint/3/issue' }, 200],
  ['sprint', { path: '/rest/agile/1.0/sprint/3' }, 200],
  ['sprint issues', { path: '/rest/agile/1.0/sprint/3/issue?fields=summary,customfield_10016' }, 200],
  ['sprint create', { method: 'POST', path: '/rest/agile/1.0/sprint', body: { name: 'Next', originBoardId: 1 } }, 201],
  [
    'sprint start',
    { method: 'POST', path: '/rest/agile/1.0/sprint/4', body: { state: 'active', startDate: '2026-12-10T09:00:00Z', endDate: '2026-12-24T09:00:00Z' } },
    200,
  ],
  ['sprint bad transition', { method: 'POST', path: '/rest/agile/1.0/sprint/1', body: { state: 'active' } }, 400],
  [
    'sprint full update',
    {
      method: 'PUT',
      path: '/rest/agile/1.0/sprint/3',
      body: { name: 'S3', state: 'closed', startDate: '2026-11-26T09:00:00Z', endDate: '2026-12-10T09:00:00Z' },
    },
    200,
  ],
  ['sprint update denied', { method: 'POST', path: '/rest/agile/1.0/sprint/4', body: { goal: 'x' }, accountId: SAM }, 403],
  ['sprint move issues', { method: 'POST', path: '/rest/agile/1.0/sprint/4/issue', body: { issues: ['SHOP-22'] } }, 204],
  ['backlog move issues', { method: 'POST', path: '/rest/agile/1.0/backlog/issue', body: { issues: ['SHOP-22'] } }, 204],
];

describe('spec conformance of every endpoint', () => {
  const emulator = demoEmulator();

  it.each(CASES)('answers %s with a spec-valid body', async (_name, request, status) => {
    expect((await call(emulator, request)).status).toBe(status);
  });
});
