import { JiraEmulator } from '../../../local/jira-emulator';
import { createDemoSite } from '../../../local/datasets/demo-site';
import { TODAY, call, jqlPath, searchKeys } from './emulator-test-kit';

/** An emulator whose search index lags 5 s behind writes, with a clock the test moves. */
function laggingEmulator() {
  let nowMs = TODAY.getTime();
  const emulator = new JiraEmulator(createDemoSite(TODAY), {
    consistencyLagMs: 5000,
    now: () => new Date(nowMs),
    searchAliases: { okrKeyResult: 'okr.krIds' },
  });
  const put = (key: string, value: unknown) => call(emulator, { method: 'PUT', path: `/rest/api/3/issue/${key}/properties/okr`, body: value });
  return { emulator, put, advance: (ms: number) => (nowMs += ms) };
}

describe('eventual consistency of search', () => {
  it('keeps a fresh property write invisible to search until the lag has passed', async () => {
    const { emulator, put, advance } = laggingEmulator();
    await put('SHOP-4', { krIds: ['kr-1'] });
    const before = await searchKeys(emulator, 'okrKeyResult = "kr-1"');
    advance(5000);
    const after = await searchKeys(emulator, 'okrKeyResult = "kr-1"');
    expect([before, after]).toEqual([[], ['SHOP-4']]);
  });

  it('lets search see the previous value while a replacement is pending', async () => {
    const { emulator, put, advance } = laggingEmulator();
    await put('SHOP-4', { krIds: ['kr-1'] });
    advance(5000);
    await put('SHOP-4', { krIds: ['kr-2'] });
    const page = await call<{ issues: { properties: Record<string, unknown> }[] }>(emulator, {
      path: jqlPath('key = SHOP-4', '&fields=summary&properties=okr'),
    });
    expect([await searchKeys(emulator, 'okrKeyResult = "kr-1"'), page.json.issues[0]?.properties]).toEqual([['SHOP-4'], { okr: { krIds: ['kr-1'] } }]);
  });

  it('makes a write visible at once for the issues named in reconcileIssues', async () => {
    const { emulator, put } = laggingEmulator();
    await put('SHOP-4', { krIds: ['kr-1'] });
    await put('SHOP-5', { krIds: ['kr-1'] });
    const page = await call<{ issues: { id: string }[] }>(emulator, { path: jqlPath('okrKeyResult = "kr-1"', '&reconcileIssues=10004') });
    expect(page.json.issues).toEqual([{ id: '10004' }]);
  });

  it('reconciles through the POST body too', async () => {
    const { emulator, put } = laggingEmulator();
    await put('SHOP-4', { krIds: ['kr-1'] });
    const page = await call<{ issues: { id: string }[] }>(emulator, {
      method: 'POST',
      path: '/rest/api/3/search/jql',
      body: { jql: 'okrKeyResult = "kr-1"', reconcileIssues: [10004] },
    });
    expect(page.json.issues).toEqual([{ id: '10004' }]);
  });

  it('keeps a deleted property findable until the lag has passed', async () => {
    const { emulator, put, advance } = laggingEmulator();
    await put('SHOP-4', { krIds: ['kr-1'] });
    advance(5000);
    await call(emulator, { method: 'DELETE', path: '/rest/api/3/issue/SHOP-4/properties/okr' });
    const before = await searchKeys(emulator, 'okrKeyResult = "kr-1"');
    advance(5000);
    expect([before, await searchKeys(emulator, 'okrKeyResult = "kr-1"')]).toEqual([['SHOP-4'], []]);
  });

  it('answers direct reads with the latest write at once', async () => {
    const { emulator, put } = laggingEmulator();
    await put('SHOP-4', { krIds: ['kr-1'] });
    const property = await call(emulator, { path: '/rest/api/3/issue/SHOP-4/properties/okr' });
    const issue = await call<{ properties: unknown }>(emulator, { path: '/rest/api/3/issue/SHOP-4?fields=summary&properties=okr' });
    expect([property.json, issue.json.properties]).toEqual([{ key: 'okr', value: { krIds: ['kr-1'] } }, { okr: { krIds: ['kr-1'] } }]);
  });

  it('shows writes to search at once when the lag is 0', async () => {
    const emulator = new JiraEmulator(createDemoSite(TODAY), { searchAliases: { okrKeyResult: 'okr.krIds' } });
    await call(emulator, { method: 'PUT', path: '/rest/api/3/issue/SHOP-4/properties/okr', body: { krIds: ['kr-1'] } });
    expect(await searchKeys(emulator, 'okrKeyResult = "kr-1"')).toEqual(['SHOP-4']);
  });
});
