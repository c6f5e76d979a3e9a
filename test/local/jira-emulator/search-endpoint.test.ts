import { JiraEmulator } from '../../../local/jira-emulator';
import { createDemoSite } from '../../../local/datasets/demo-site';
import { BASE, type IdPage, TODAY, call, callInvalid, demoEmulator, jiraError, jqlPath } from './emulator-test-kit';

/** The demo site with `extra` more SHOP stories. */
function bigEmulator(extra: number): JiraEmulator {
  const site = createDemoSite(TODAY);
  const template = site.issues[3]!;
  for (let index = 0; index < extra; index += 1) site.issues.push({ ...template, id: String(20000 + index), key: `SHOP-${100 + index}` });
  return new JiraEmulator(site);
}

const UNBOUNDED = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

interface FieldsPage {
  issues: { id: string; key: string; self: string; fields: Record<string, unknown>; properties?: Record<string, unknown> }[];
  isLast: boolean;
  nextPageToken?: string;
}

describe('GET and POST /rest/api/3/search/jql', () => {
  const emulator = demoEmulator();

  it('answers only issue ids and no total when no fields are requested', async () => {
    const answer = await call<IdPage>(emulator, { path: jqlPath('parent = SHOP-3') });
    expect(answer.json).toEqual({ issues: [{ id: '10022' }, { id: '10019' }, { id: '10016' }, { id: '10013' }, { id: '10008' }], isLast: true });
  });

  it('pages with nextPageToken until isLast when maxResults is smaller than the result', async () => {
    const jql = 'parent = SHOP-3 ORDER BY key';
    const first = await call<IdPage>(emulator, { path: jqlPath(jql, '&maxResults=2') });
    const second = await call<IdPage>(emulator, { path: jqlPath(jql, `&maxResults=2&nextPageToken=${first.json.nextPageToken ?? ''}`) });
    const third = await call<IdPage>(emulator, { path: jqlPath(jql, `&maxResults=2&nextPageToken=${second.json.nextPageToken ?? ''}`) });
    const pages = [first.json, second.json, third.json].map((page) => ({
      ids: page.issues.map((issue) => issue.id),
      isLast: page.isLast,
      hasToken: 'nextPageToken' in page,
    }));
    expect(pages).toEqual([
      { ids: ['10008', '10013'], isLast: false, hasToken: true },
      { ids: ['10016', '10019'], isLast: false, hasToken: true },
      { ids: ['10022'], isLast: true, hasToken: false },
    ]);
  });

  it('answers the same pages through POST with a JSON body', async () => {
    const body = { jql: 'parent = SHOP-3 ORDER BY key', maxResults: 3, fields: ['summary'] };
    const first = await call<FieldsPage>(emulator, { method: 'POST', path: '/rest/api/3/search/jql', body });
    const second = await call<FieldsPage>(emulator, {
      method: 'POST',
      path: '/rest/api/3/search/jql',
      body: { ...body, nextPageToken: first.json.nextPageToken },
    });
    expect([...first.json.issues, ...second.json.issues].map((issue) => issue.key)).toEqual(['SHOP-8', 'SHOP-13', 'SHOP-16', 'SHOP-19', 'SHOP-22']);
  });

  it('answers the requested fields with the issue envelope when fields are listed', async () => {
    const answer = await call<FieldsPage>(emulator, { path: jqlPath('key = SHOP-22', '&fields=summary,customfield_10016,parent') });
    expect(answer.json.issues[0]).toEqual({
      expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
      id: '10022',
      self: `${BASE}/rest/api/3/issue/10022`,
      key: 'SHOP-22',
      fields: {
        summary: 'Reduce app start time below 2 s',
        customfield_10016: 8,
        parent: expect.objectContaining({ id: '10003', key: 'SHOP-3' }),
      },
    });
  });

  it('answers every served field when fields is *all or *navigable', async () => {
    const all = await call<FieldsPage>(emulator, { path: jqlPath('key = SHOP-14', '&fields=*all') });
    const navigable = await call<FieldsPage>(emulator, { path: jqlPath('key = SHOP-14', '&fields=*navigable,-assignee') });
    const served = [
      'summary',
      'issuetype',
      'status',
      'parent',
      'project',
      'components',
      'created',
      'assignee',
      'customfield_10020',
      'customfield_10026',
      'customfield_10016',
    ];
    expect([Object.keys(all.json.issues[0]?.fields ?? {}), Object.keys(navigable.json.issues[0]?.fields ?? {})]).toEqual([
      served,
      served.filter((field) => field !== 'assignee'),
    ]);
  });

  it('answers requested issue properties under properties when properties= is given', async () => {
    const site = createDemoSite(TODAY);
    const target = site.issues.find((issue) => issue.key === 'SHOP-4');
    if (target) target.properties = { okr: { krIds: ['kr-1'] }, other: 1 };
    const withProperties = new JiraEmulator(site, { now: () => TODAY });
    const answer = await call<FieldsPage>(withProperties, { path: jqlPath('key in (SHOP-4, SHOP-5) ORDER BY key', '&fields=summary&properties=okr,missing') });
    expect(answer.json.issues.map((issue) => issue.properties)).toEqual([{ okr: { krIds: ['kr-1'] } }, {}]);
  });

  it('caps a page at 100 issues when fields are requested and at 5000 for ids and keys', async () => {
    const big = bigEmulator(5100);
    const pageLength = async (extra: string) => (await call<IdPage>(big, { path: jqlPath('project = SHOP', `&maxResults=9000${extra}`) })).json.issues.length;
    expect([await pageLength('&fields=summary'), await pageLength('&fields=id,key'), await pageLength('')]).toEqual([100, 5000, 5000]);
  });

  it('answers 50 issues per page when maxResults is absent', async () => {
    const answer = await call<IdPage>(bigEmulator(60), { path: jqlPath('project = SHOP') });
    expect([answer.json.issues.length, answer.json.isLast]).toEqual([50, false]);
  });

  it.each([
    ['no jql', '/rest/api/3/search/jql'],
    ['only ORDER BY', jqlPath('ORDER BY key')],
    ['blank jql', jqlPath('   ')],
  ])('answers 400 when the query is unbounded (%s)', async (_case, path) => {
    const answer = await call(emulator, { path });
    expect([answer.status, answer.json]).toEqual([400, jiraError(UNBOUNDED)]);
  });

  it('answers 400 when a next page token belongs to another query', async () => {
    const first = await call<IdPage>(emulator, { path: jqlPath('project = SHOP', '&maxResults=1') });
    const answer = await call(emulator, { path: jqlPath('project = FIN', `&nextPageToken=${first.json.nextPageToken ?? ''}`) });
    expect([answer.status, answer.json]).toEqual([400, jiraError('The provided next page token is invalid or has expired.')]);
  });

  it('answers 400 when more than 5 properties are requested', async () => {
    const answer = await call(emulator, { path: jqlPath('project = SHOP', '&properties=a,b,c,d,e,f') });
    expect([answer.status, answer.json]).toEqual([400, jiraError('Only up to 5 issue properties can be requested.')]);
  });

  it('answers 400 when more than 50 issues are to be reconciled', async () => {
    const ids = Array.from({ length: 51 }, (_, index) => 10001 + index).join(',');
    const answer = await call(emulator, { path: jqlPath('project = SHOP', `&reconcileIssues=${ids}`) });
    expect([answer.status, answer.json]).toEqual([400, jiraError('Up to 50 issues can be reconciled per request.')]);
  });

  it('answers 400 with the invalid field when the POST body does not fit the request bean', async () => {
    const answer = await callInvalid(emulator, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = SHOP', maxResults: 'ten' } });
    expect([answer.status, answer.json]).toEqual([
      400,
      { errorMessages: ['Invalid request payload. Refer to the REST API documentation and try again.'], errors: { maxResults: expect.any(String) } },
    ]);
  });
});

describe('the removed /rest/api/3/search', () => {
  it.each(['GET', 'POST'])('answers 410 Gone to %s', async (method) => {
    const emulator = demoEmulator();
    const body = method === 'POST' ? { jql: 'project = SHOP' } : undefined;
    const answer = await call(emulator, { method, path: method === 'GET' ? '/rest/api/3/search?jql=project%3DSHOP' : '/rest/api/3/search', body });
    expect(answer.status).toBe(410);
    expect(answer.json).toEqual(jiraError(expect.stringContaining('/rest/api/3/search/jql') as unknown as string));
  });
});
