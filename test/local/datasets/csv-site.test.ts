import { csvSiteNow, keyHash, loadCsvSite, siteFromCsv } from '../../../local/datasets/csv-site';
import { JiraEmulator, type SiteData, type SiteIssue } from '../../../local/jira-emulator';
import { describeWithShared, sharedPath } from '../../support/shared-material';

const XD_CSV = sharedPath('datasets', 'XD_issues.csv');
const ESTIMATE = 'customfield_10016';

const HEADER = '"issuekey","created","storypoint","context","codesnippet","t_Story","t_Bug","t_Epic","c_Core","c_Web.UI"';
const row = (key: string, created: string, points: number, context: string, type: [number, number, number], components: [number, number]) =>
  [`"${key}"`, `"${created}"`, points, `"${context.replace(/"/g, '""')}"`, '""', ...type, ...components].join(',');

/** A small file: 3 stories, a bug, a real epic owning Core, and issues in "Web UI" needing a synthetic epic. */
const SMALL = [
  HEADER,
  row('T-1', '01/06/2020 10:00:00', 3, 'First story "Body, with ""quotes"""', [1, 0, 0], [1, 0]),
  row('T-2', '01/07/2020 10:00:00', 0, 'Core epic "The core work"', [0, 0, 1], [1, 0]),
  row('T-3', '01/21/2020 10:00:00', 5, 'Web bug "Broken page"', [0, 1, 0], [0, 1]),
  row('T-4', '02/05/2020 10:00:00', 2, 'No component "x"', [1, 0, 0], [0, 0]),
  row('T-5', '02/06/2020 09:00:00', 8, 'Web story "y"', [1, 0, 0], [0, 1]),
].join('\n');

const byKey = (site: SiteData, key: string): SiteIssue | undefined => site.issues.find((issue) => issue.key === key);

describe('siteFromCsv derivations', () => {
  const site = siteFromCsv(SMALL);

  it('cuts the summary at the start of the quoted description', () => {
    expect([byKey(site, 'T-1')?.summary, byKey(site, 'T-3')?.summary]).toEqual(['First story', 'Web bug']);
  });

  it('parents issues to the real epic of their first component and to a synthetic one otherwise', () => {
    expect(site.issues.map((issue) => [issue.key, issue.issueType, issue.summary, issue.parentKey ?? null])).toEqual([
      ['T-1', 'Story', 'First story', 'T-2'],
      ['T-2', 'Epic', 'Core epic', null],
      ['T-3', 'Bug', 'Web bug', 'T-6'],
      ['T-4', 'Story', 'No component', null],
      ['T-5', 'Story', 'Web story', 'T-6'],
      ['T-6', 'Epic', 'Web UI epic', null],
    ]);
  });

  it('keeps 0 as an estimate and gives synthetic epics none', () => {
    expect([byKey(site, 'T-2')?.estimates, byKey(site, 'T-6')?.estimates, byKey(site, 'T-5')?.estimates]).toEqual([{ [ESTIMATE]: 0 }, {}, { [ESTIMATE]: 8 }]);
  });

  it('reads created as UTC and ids from the key number', () => {
    expect([byKey(site, 'T-3')?.created, byKey(site, 'T-3')?.id]).toEqual(['2020-01-21T10:00:00.000Z', '10003']);
  });
});

describeWithShared('datasets/XD_issues.csv', 'loadCsvSite on XD_issues.csv', () => {
  const site = loadCsvSite(XD_CSV);
  const work = site.issues.filter((issue) => issue.issueType !== 'Epic');
  const sprintState = new Map(site.sprints.map((sprint) => [sprint.id, sprint.state]));
  const active = site.sprints.find((sprint) => sprint.state === 'active');
  const inSprint = (id: number | undefined) => work.filter((issue) => id !== undefined && issue.sprintIds.includes(id));

  it('reads all 811 rows and adds one synthetic epic per component without a real epic', () => {
    const epics = site.issues.filter((issue) => issue.issueType === 'Epic');
    expect([work.length, epics.length, epics.filter((epic) => epic.summary.endsWith(' epic')).length, site.projects[0]?.name]).toEqual([
      810,
      18,
      17,
      'Spring XD',
    ]);
  });

  it('ends with exactly one active sprint of 40 issues and one future sprint of 10 after it', () => {
    const states = site.sprints.map((sprint) => sprint.state);
    const future = site.sprints.find((sprint) => sprint.state === 'future');
    expect([states.slice(-2), states.slice(0, -2).every((state) => state === 'closed'), inSprint(active?.id).length, inSprint(future?.id).length]).toEqual([
      ['active', 'future'],
      true,
      40,
      10,
    ]);
  });

  it('leaves the 10 newest issues in the backlog, To Do and unassigned', () => {
    const backlog = work.filter((issue) => issue.sprintIds.length === 0);
    expect([backlog.length, backlog.every((issue) => issue.status.category === 'new' && !issue.assigneeAccountId)]).toEqual([10, true]);
  });

  it('marks every closed-sprint issue done and mixes the active sprint by key hash', () => {
    const closedIssues = work.filter((issue) => issue.sprintIds.some((id) => sprintState.get(id) === 'closed'));
    const expectedCategory = (key: string) => (keyHash(key) % 10 <= 3 ? 'new' : keyHash(key) % 10 <= 6 ? 'indeterminate' : 'done');
    expect([
      closedIssues.every((issue) => issue.status.category === 'done'),
      inSprint(active?.id).every((issue) => issue.status.category === expectedCategory(issue.key)),
      new Set(inSprint(active?.id).map((issue) => issue.status.category)).size,
    ]).toEqual([true, true, 3]);
  });

  it('plans every closed-sprint issue into the first sprint starting after its creation', () => {
    const misplaced = work.filter((issue) => {
      const sprint = site.sprints.find((candidate) => candidate.id === issue.sprintIds[0]);
      if (sprint?.state !== 'closed' || !sprint.startDate) return false;
      const gap = Date.parse(sprint.startDate) - Date.parse(issue.created);
      return gap <= 0 || gap > 14 * 24 * 60 * 60 * 1000;
    });
    expect(misplaced).toEqual([]);
  });

  it('gives every non-epic issue with a component a parent epic', () => {
    expect(work.filter((issue) => issue.components.length > 0 && !issue.parentKey)).toEqual([]);
  });

  it('loads the same site twice', () => {
    expect(loadCsvSite(XD_CSV)).toEqual(site);
  });

  it('serves the site through the emulator with the active sprint open at csvSiteNow', async () => {
    const emulator = new JiraEmulator(site, { now: () => csvSiteNow(site) });
    const answer = await emulator.handle({ method: 'GET', path: `/rest/api/3/search/jql?jql=${encodeURIComponent('sprint in openSprints()')}&maxResults=100` });
    const now = csvSiteNow(site).getTime();
    const page = JSON.parse(answer.body) as { issues: unknown[] };
    expect([page.issues.length, Date.parse(active?.startDate ?? '') < now, now < Date.parse(active?.endDate ?? '')]).toEqual([50, true, true]);
  });
});

describe('siteFromCsv on a malformed file', () => {
  const header = '"issuekey","created","storypoint","context","codesnippet","t_Story"';

  it.each([
    ['a bad issue key', '"xd 7","04/12/2013 06:43:52",1,"Tuple",NA,1', 'CSV line 2: issuekey is not an issue key like XD-7'],
    ['a bad date', '"XD-7","2013-04-12",1,"Tuple",NA,1', 'CSV line 2: created is not a date like 04/12/2013 06:43:52'],
    ['a story point that is not a number', '"XD-7","04/12/2013 06:43:52",lots,"Tuple",NA,1', 'CSV line 2: storypoint is not a number'],
  ])('names the line and column for %s', (_case, row, message) => {
    expect(() => siteFromCsv(`${header}\n${row}\n`)).toThrow(message);
  });
});
