import { rollUpWork } from '../../../src/domain/work-rollup';
import { keyResultProgress } from '../../../src/domain/key-result';
import { keyResult } from '../../support/builders';
import { done, emulatedJira, links, siteWith } from '../../support/emulated-jira';

const STORY_POINTS = 'customfield_10026';
const ESTIMATE = 'customfield_10016';

describe('JiraWorkAdapter against the Jira emulator', () => {
  it('reads each project’s story points from its board’s field: 5 of 18 points is 27.78 %', async () => {
    // Both fields hold numbers on every issue: only the board's choice gives 5/18.
    const site = siteWith(
      [
        { key: 'ONE', estimationFieldId: STORY_POINTS },
        { key: 'TWO', estimationFieldId: ESTIMATE },
      ],
      [
        { key: 'ONE-1', status: done, estimates: { [STORY_POINTS]: 3, [ESTIMATE]: 30 }, properties: links('kr-1') },
        { key: 'ONE-2', estimates: { [STORY_POINTS]: 5, [ESTIMATE]: 50 }, properties: links('kr-1') },
        { key: 'TWO-1', status: done, estimates: { [STORY_POINTS]: 20, [ESTIMATE]: 2 }, properties: links('kr-1') },
        { key: 'TWO-2', estimates: { [STORY_POINTS]: 80, [ESTIMATE]: 8 }, properties: links('kr-1') },
      ],
    );
    const { adapter, forge } = emulatedJira(site);
    const work = rollUpWork(await adapter.listLinkedWork(['kr-1'])).get('kr-1');
    expect(work).toMatchObject({ doneStoryPoints: 5, totalStoryPoints: 18 });
    expect(keyResultProgress(keyResult(), work).percent).toBe(27.78);
    await forge.close();
  });

  it('counts a team-managed epic’s two children linked only by parent, one done: 2 children, 50 %', async () => {
    const site = siteWith(
      [{ key: 'TM', style: 'next-gen', estimationFieldId: ESTIMATE }],
      [
        { key: 'TM-1', issueType: 'Epic', properties: links('kr-1') },
        { key: 'TM-2', parentKey: 'TM-1', status: done },
        { key: 'TM-3', parentKey: 'TM-1' },
      ],
    );
    const { adapter, forge } = emulatedJira(site);
    const work = rollUpWork(await adapter.listLinkedWork(['kr-1'])).get('kr-1');
    expect(work).toMatchObject({ totalIssues: 2, doneIssues: 1 });
    expect(keyResultProgress(keyResult({ measure: { kind: 'issues' } }), work).percent).toBe(50);
    await forge.close();
  });

  it('reads linked issues and the children of epics it already knows in a single search', async () => {
    const site = siteWith(
      [{ key: 'TM', estimationFieldId: ESTIMATE }],
      [
        { key: 'TM-1', issueType: 'Epic', properties: links('kr-1') },
        { key: 'TM-2', parentKey: 'TM-1', status: done },
        { key: 'TM-3', properties: links('kr-1') },
      ],
    );
    const { adapter, forge, emulator } = emulatedJira(site);
    await adapter.listLinkedWork(['kr-1']);
    emulator.clearRequestLog();
    const work = rollUpWork(await adapter.listLinkedWork(['kr-1'], ['TM-1'])).get('kr-1');
    expect(work).toMatchObject({ totalIssues: 2, doneIssues: 1, epicKeys: ['TM-1'] });
    expect(emulator.requestLog.filter((request) => request.path.startsWith('/rest/api/3/search/jql'))).toHaveLength(1);
    await forge.close();
  });

  it('still counts ST-1 when its link was written a moment ago and search lags behind', async () => {
    const site = siteWith([{ key: 'ST', estimationFieldId: ESTIMATE }], [{ key: 'ST-1', estimates: { [ESTIMATE]: 3 } }]);
    const { adapter, forge, emulator } = emulatedJira(site, { consistencyLagMs: 60_000 });
    const issue = site.issues[0]!;
    await adapter.writeLinks({ id: issue.id, key: 'ST-1' }, { v: 1, krIds: ['kr-1'], objectiveIds: ['obj-1'] });
    const plainSearch = await emulator.handle({ method: 'GET', path: `/rest/api/3/search/jql?jql=${encodeURIComponent('okrKeyResult = "kr-1"')}` });
    expect(JSON.parse(plainSearch.body)).toMatchObject({ issues: [] });
    const work = rollUpWork(await adapter.listLinkedWork(['kr-1'])).get('kr-1');
    expect(work).toMatchObject({ totalIssues: 1, totalStoryPoints: 3, issues: [{ key: 'ST-1' }] });
    await forge.close();
  });

  it('tells which projects the acting user may browse', async () => {
    const site = siteWith(
      [
        { key: 'SHOP', estimationFieldId: ESTIMATE },
        { key: 'FIN', estimationFieldId: ESTIMATE, browse: ['user-cfo'] },
      ],
      [],
    );
    const { asUser, forge } = emulatedJira(site);
    expect(await asUser('user-alex', (adapter) => adapter.filterBrowsableProjects(['SHOP', 'FIN', 'GONE']))).toEqual(new Set(['SHOP']));
    await forge.close();
  });

  it('retries through rate limits and server errors, then answers', async () => {
    const site = siteWith([{ key: 'ST', estimationFieldId: ESTIMATE }], [{ key: 'ST-1', estimates: { [ESTIMATE]: 3 }, properties: links('kr-1') }]);
    const { adapter, forge, emulator } = emulatedJira(site);
    emulator.faults.rateLimit({ count: 2, retryAfterSeconds: 1 });
    emulator.faults.serverError({ count: 1, status: 503 });
    expect(rollUpWork(await adapter.listLinkedWork(['kr-1'])).get('kr-1')).toMatchObject({ totalStoryPoints: 3 });
    await forge.close();
  });

  it('reads an issue with its epic in two requests', async () => {
    const site = siteWith(
      [{ key: 'SHOP', estimationFieldId: ESTIMATE }],
      [
        { key: 'SHOP-1', issueType: 'Epic', properties: links('kr-epic') },
        { key: 'SHOP-2', parentKey: 'SHOP-1', properties: links('kr-own') },
      ],
    );
    const { adapter, forge, emulator } = emulatedJira(site);
    emulator.clearRequestLog();
    const { issue, epic } = await adapter.getIssueWithEpic('SHOP-2');
    expect([issue.krIds, epic?.key, epic?.krIds, epic?.isEpic]).toEqual([['kr-own'], 'SHOP-1', ['kr-epic'], true]);
    expect(emulator.requestLog).toHaveLength(2);
    await forge.close();
  });
});
