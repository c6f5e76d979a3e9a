import { kvs } from '@forge/kvs';
import type { RunningHost } from '../../../local/host/server';
import { ALEX, get, post, SAM, startTinyHost } from './tiny-host';

let host: RunningHost;
beforeEach(async () => {
  host = await startTinyHost();
});
afterEach(() => host.close());

const invoke = (functionKey: string, extra: Record<string, unknown> = {}) =>
  post(host, '/api/invoke', { moduleKey: 'tiny-panel', functionKey, payload: { issueKey: 'SHOP-1' }, accountId: ALEX, ...extra });

describe('host HTTP API', () => {
  it('answers /api/invoke with the resolver result', async () => {
    expect(await invoke('increment')).toEqual({ status: 200, json: { count: 1 } });
  });

  it('passes the acting user and context to the resolver', async () => {
    const { json } = await invoke('whoami', { context: { type: 'jira:issuePanel', issue: { key: 'SHOP-1' } } });
    expect(json).toMatchObject({ context: { accountId: ALEX, extension: { type: 'jira:issuePanel', issue: { key: 'SHOP-1' } } } });
  });

  it('answers with an error body when the resolver throws', async () => {
    expect(await invoke('fail')).toEqual({ status: 500, json: { error: { message: 'tiny resolver failed on purpose' } } });
  });

  it('rejects an invoke without a function key', async () => {
    expect((await post(host, '/api/invoke', { moduleKey: 'tiny-panel' })).status).toBe(400);
  });

  it('lists only the projects the acting user can browse', async () => {
    const site = JSON.parse((await get(host, `/api/site?accountId=${SAM}`)).text) as { projects: Array<{ key: string }> };
    expect(site.projects.map((p) => p.key)).toEqual(['SHOP']);
  });

  it('runs the sprint trigger and its queue consumer when a sprint is completed', async () => {
    const { status } = await post(host, '/api/sprints/3/complete', { accountId: ALEX });
    expect([status, await kvs.get('sprint-3'), await kvs.get('consumed-sprint-3')]).toEqual([
      200,
      expect.objectContaining({ eventType: 'avi:jira-software:closed:sprint' }),
      { jobId: expect.any(String) },
    ]);
  });

  it('refuses to complete a sprint for a user who cannot manage the board', async () => {
    expect((await post(host, '/api/sprints/3/complete', { accountId: SAM })).status).toBe(403);
  });

  it.each([
    ['/api/sprints/4/complete', {}],
    ['/api/sprints/4/start', {}],
    ['/api/issues/SHOP-19/transition', { transitionId: '31' }],
  ])('refuses %s without an acting user, rather than acting as the app', async (path, body) => {
    const { status, json } = await post(host, path, body);
    expect([status, json['error']]).toEqual([400, { message: 'accountId is required: this action runs in Jira as that user' }]);
  });

  it('moves an issue to the status of the chosen transition', async () => {
    const { json } = await post(host, '/api/issues/SHOP-19/transition', { accountId: ALEX, transitionId: '31' });
    expect(json['status']).toEqual({ name: 'Done', category: 'done' });
  });

  it('delivers a posted product event to the listening trigger', async () => {
    const event = { eventType: 'avi:jira-software:closed:sprint', sprint: { id: '99', name: 'S', state: 'closed' } };
    const { json } = await post(host, '/api/events', { event });
    expect([json, await kvs.get('consumed-sprint-99')]).toEqual([
      { triggers: [{ triggerKey: 'tiny-sprint-closed', ok: true }] },
      { jobId: expect.any(String) },
    ]);
  });

  it('serves the emulated Jira REST API under /jira', async () => {
    const { status, text } = await get(host, '/jira/rest/api/3/issue/SHOP-1?fields=summary');
    expect([status, JSON.parse(text)]).toEqual([200, expect.objectContaining({ key: 'SHOP-1' })]);
  });
});

describe('app frames', () => {
  const ctx = Buffer.from(JSON.stringify({ accountId: ALEX, extension: { issue: { key: 'SHOP-1' } } })).toString('base64url');

  it('gives a UI Kit frame its module context before the app script', async () => {
    const { text } = await get(host, `/frames/uikit/tiny-panel?ctx=${ctx}`);
    const config = text.indexOf('"type":"jira:issuePanel"');
    expect([config > 0, config < text.indexOf('/frames/uikit/tiny-panel/app.js')]).toEqual([true, true]);
  });

  it('bundles the UI Kit resource for the browser', async () => {
    const { status, text } = await get(host, '/frames/uikit/tiny-panel/app.js');
    expect([status, text.includes('Tiny panel for')]).toEqual([200, true]);
  });

  it('injects the bridge into a Custom UI page before its own scripts', async () => {
    const { text } = await get(host, `/frames/custom/tiny-project-page/?ctx=${ctx}`);
    expect(text.indexOf('/frames/runtime.js')).toBeLessThan(text.indexOf("callBridge('getContext')"));
  });

  it('answers 404 for a module the manifest does not declare', async () => {
    expect((await get(host, '/frames/uikit/nope')).status).toBe(404);
  });
});
