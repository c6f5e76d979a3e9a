import { JiraEmulator } from '../../../local/jira-emulator';
import { createDemoSite } from '../../../local/datasets/demo-site';
import { SAM, TODAY, callInvalid, demoEmulator, jiraError, jqlPath, searchKeys } from './emulator-test-kit';

const shop = (...numbers: number[]) => numbers.map((number) => `SHOP-${number}`);

/** The demo site plus issue properties to search on (okr.krIds is an array, okr.weight a number). */
function emulatorWithProperties(): JiraEmulator {
  const site = createDemoSite(TODAY);
  const set = (key: string, value: unknown) => {
    const issue = site.issues.find((candidate) => candidate.key === key);
    if (issue) issue.properties.okr = value;
  };
  set('SHOP-4', { krIds: ['kr-1', 'kr-2'], weight: 2 });
  set('SHOP-5', { krIds: ['kr-2'], weight: 1 });
  set('SHOP-6', { krIds: [], weight: 3 });
  return new JiraEmulator(site, { now: () => TODAY, searchAliases: { okrKeyResult: 'okr.krIds', okrWeight: 'okr.weight' } });
}

describe('JQL search', () => {
  const emulator = demoEmulator();
  const byKey = (jql: string) => searchKeys(emulator, `${jql} ORDER BY key`);

  it('matches a project by key, id or name when using project =', async () => {
    const [byKeyResult, byId, byName] = await Promise.all([byKey('project = FIN'), byKey('project = 10001'), byKey('project = "Finance Ops"')]);
    expect([byKeyResult, byId, byName]).toEqual([
      ['FIN-1', 'FIN-2', 'FIN-3'],
      ['FIN-1', 'FIN-2', 'FIN-3'],
      ['FIN-1', 'FIN-2', 'FIN-3'],
    ]);
  });

  it('matches any listed project when using project in', async () => {
    expect(await searchKeys(emulator, 'project in (FIN, shop) ORDER BY key')).toHaveLength(27);
  });

  it('matches issues by key and id when using key = and id in', async () => {
    expect(await byKey('key = SHOP-4 OR id in (10005, 10101)')).toEqual(['FIN-1', 'SHOP-4', 'SHOP-5']);
  });

  it('matches the children of an epic when using parent =', async () => {
    expect(await byKey('parent = SHOP-3')).toEqual(shop(8, 13, 16, 19, 22));
  });

  it('matches children of several epics when using parent in', async () => {
    expect(await byKey('parent in (SHOP-3, FIN-1)')).toEqual(['FIN-2', 'FIN-3', ...shop(8, 13, 16, 19, 22)]);
  });

  it('matches issue types by name case-insensitively when using issuetype', async () => {
    expect(await byKey('project = SHOP AND issuetype in (epic, BUG)')).toEqual(shop(1, 2, 3, 7, 12, 18, 24));
  });

  it('matches every issue ever in a sprint, carried-over ones included, when using sprint =', async () => {
    expect(await byKey('sprint = 2')).toEqual(shop(9, 10, 11, 12, 13, 14));
  });

  it('matches sprints by id or name when using sprint in', async () => {
    expect(await byKey('sprint in (4, "SHOP Sprint 1")')).toEqual(shop(4, 5, 6, 7, 8, 9, 20, 21));
  });

  it('matches active and future sprints when using openSprints()', async () => {
    expect(await byKey('sprint in openSprints()')).toEqual(['FIN-2', 'FIN-3', ...shop(14, 15, 16, 17, 18, 19, 20, 21)]);
  });

  it('matches completed sprints when using closedSprints()', async () => {
    expect(await byKey('sprint in closedSprints()')).toEqual(shop(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14));
  });

  it('matches not-yet-started sprints when using futureSprints()', async () => {
    expect(await byKey('sprint in futureSprints()')).toEqual(shop(20, 21));
  });

  it('matches issues in no sprint when using sprint IS EMPTY', async () => {
    expect(await byKey('project = SHOP AND sprint IS EMPTY')).toEqual(shop(1, 2, 3, 22, 23, 24));
  });

  it('accepts the key, the name and the id of a status category', async () => {
    const queries = ['statusCategory = done', 'statusCategory = Done', 'statusCategory = 3'];
    const results = await Promise.all(queries.map((jql) => byKey(`sprint = 3 AND ${jql}`)));
    expect(results).toEqual([shop(15, 16), shop(15, 16), shop(15, 16)]);
  });

  it('treats "To Do" and new, "In Progress" and indeterminate alike', async () => {
    const results = await Promise.all([
      byKey('sprint = 3 AND statusCategory = "To Do"'),
      byKey('sprint = 3 AND statusCategory = new'),
      byKey('sprint = 3 AND statusCategory in ("In Progress")'),
      byKey('sprint = 3 AND statusCategory = indeterminate'),
    ]);
    expect(results).toEqual([shop(18, 19), shop(18, 19), shop(14, 17), shop(14, 17)]);
  });

  it('matches a status by name when using status =', async () => {
    expect(await byKey('sprint = 3 AND status = "In Progress"')).toEqual(shop(14, 17));
  });

  it('excludes matches when using NOT, != and NOT IN', async () => {
    const results = await Promise.all([
      byKey('sprint = 3 AND NOT statusCategory = done'),
      byKey('sprint = 3 AND statusCategory != done'),
      byKey('sprint = 3 AND statusCategory not in (done, new)'),
    ]);
    expect(results).toEqual([shop(14, 17, 18, 19), shop(14, 17, 18, 19), shop(14, 17)]);
  });

  it('binds AND tighter than OR and honours parentheses', async () => {
    const loose = await byKey('parent = SHOP-3 AND sprint = 3 OR key = SHOP-1');
    const grouped = await byKey('parent = SHOP-3 AND (sprint = 3 OR key = SHOP-8)');
    expect([loose, grouped]).toEqual([shop(1, 16, 19), shop(8, 16, 19)]);
  });

  it('reads keywords in any case', async () => {
    expect(await searchKeys(emulator, 'PARENT = SHOP-3 and SPRINT In (3) order BY KEY desc')).toEqual(shop(19, 16));
  });

  it('sorts by created, rank and key in either direction', async () => {
    const results = await Promise.all([
      searchKeys(emulator, 'sprint = 3 ORDER BY created DESC'),
      searchKeys(emulator, 'sprint = 3 ORDER BY rank'),
      searchKeys(emulator, 'sprint = 3 ORDER BY key DESC'),
    ]);
    expect(results).toEqual([shop(19, 18, 17, 16, 15, 14), shop(14, 15, 16, 17, 18, 19), shop(19, 18, 17, 16, 15, 14)]);
  });

  it('returns newest issues first when the query has no ORDER BY', async () => {
    expect(await searchKeys(emulator, 'sprint = 3')).toEqual(shop(19, 18, 17, 16, 15, 14));
  });

  it('hides projects the user cannot browse and rejects naming them', async () => {
    const all = await searchKeys(emulator, 'sprint in openSprints() ORDER BY key', SAM);
    const named = await callInvalid(emulator, { path: jqlPath('project = FIN'), accountId: SAM });
    expect([all, named.status, named.json]).toEqual([
      shop(14, 15, 16, 17, 18, 19, 20, 21),
      400,
      jiraError("The value 'FIN' does not exist for the field 'project'."),
    ]);
  });
});

describe('JQL on issue properties', () => {
  const emulator = emulatorWithProperties();
  const byKey = (jql: string) => searchKeys(emulator, `${jql} ORDER BY key`);

  it('matches when any element of an array value equals the value', async () => {
    expect(await byKey('issue.property[okr].krIds = "kr-2"')).toEqual(shop(4, 5));
  });

  it('matches any listed value when using in', async () => {
    expect(await byKey('issue.property[okr].krIds in ("kr-1", "kr-9")')).toEqual(shop(4));
  });

  it('matches numbers whatever their spelling', async () => {
    expect(await byKey('issue.property[okr].weight = 2.0')).toEqual(shop(4));
  });

  it('excludes issues without the property when using !=', async () => {
    expect(await byKey('issue.property[okr].weight != 2')).toEqual(shop(5, 6));
  });

  it('finds issues without a value when using IS EMPTY, an empty array included', async () => {
    const empty = await byKey('project = SHOP AND issue.property[okr].krIds IS EMPTY');
    expect(empty).toHaveLength(22);
    expect(empty).toContain('SHOP-6');
  });

  it('finds issues with a value when using IS NOT EMPTY', async () => {
    expect(await byKey('issue.property[okr].krIds IS NOT EMPTY')).toEqual(shop(4, 5));
  });

  it('accepts a search alias in place of the property path', async () => {
    const results = await Promise.all([byKey('okrKeyResult = "kr-1"'), byKey('okrweight in (1, 3)'), byKey('okrKeyResult is not empty')]);
    expect(results).toEqual([shop(4), shop(5, 6), shop(4, 5)]);
  });
});

describe('JQL the emulator rejects', () => {
  const emulator = demoEmulator();
  const rejected = async (jql: string) => {
    const answer = await callInvalid(emulator, { path: jqlPath(jql) });
    return { status: answer.status, body: answer.json };
  };

  it.each([
    ['foo = bar', "Field 'foo' does not exist or you do not have permission to view it."],
    ['project = SHOP ORDER BY foo', "Field 'foo' does not exist or you do not have permission to view it."],
    ['assignee = currentUser()', "The Jira emulator does not support searching on the field 'assignee'."],
    ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
    ['issuetype = Saga', "The value 'Saga' does not exist for the field 'issuetype'."],
    ['sprint = 99', "The value '99' does not exist for the field 'sprint'."],
    ['status = Blocked', "The value 'Blocked' does not exist for the field 'status'."],
    ['key = SHOP-999', "An issue with key 'SHOP-999' does not exist for field 'key'."],
    ['sprint in lateSprints()', "Unable to find JQL function 'lateSprints()'."],
    ['project ~ SHOP', "The operator '~' is not supported by the 'project' field."],
    ['project = SHOP AND', "Error in the JQL Query: Expecting a field name but got 'end of query'. (line 1, character 19)"],
    [
      'project SHOP',
      "Error in the JQL Query: Expecting operator but got 'SHOP'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
    ],
    ['project = (SHOP', "Error in the JQL Query: Expecting ')' but got 'end of query'. (line 1, character 16)"],
    ['project = "SHOP', "Error in the JQL Query: The quoted string 'SHOP' has not been completed. (line 1, character 11)"],
  ])("answers 400 with Jira's message when the query is %s", async (jql, message) => {
    expect(await rejected(jql)).toEqual({ status: 400, body: jiraError(message) });
  });
});
