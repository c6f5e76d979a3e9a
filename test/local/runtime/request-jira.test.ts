import type { LocalForge } from '../../../local/runtime/local-forge';
import { RecordingJira, tinyForge } from './tiny-forge';

let forge: LocalForge;
let jira: RecordingJira;
beforeEach(() => {
  jira = new RecordingJira();
  forge = tinyForge({ jira });
});
afterEach(() => forge.close());

const call = (functionKey: string, accountId?: string) =>
  forge.appHost.invokeResolver({ moduleKey: 'tiny-panel', functionKey, payload: { issueKey: 'OKR-1' }, ...(accountId ? { accountId } : {}) });

describe('requestJira through the unmodified @forge/api package', () => {
  it('sends asUser calls as the invoking user', async () => {
    await call('read-issue', 'user-ada');
    expect(jira.requests[0]).toMatchObject({ method: 'GET', path: '/rest/api/3/issue/OKR-1', accountId: 'user-ada' });
  });

  it('sends asApp calls without a user', async () => {
    await call('read-issue-as-app', 'user-ada');
    expect(jira.requests[0]?.accountId).toBeUndefined();
  });

  it('hands the transport response back to the app', async () => {
    const result = await call('read-issue', 'user-ada');
    expect(result).toMatchObject({ ok: true, value: { status: 200, body: { accountId: 'user-ada' } } });
  });

  it('fails the asUser call when the invocation has no user', async () => {
    const result = await call('read-issue');
    expect(result).toMatchObject({ ok: false, error: { message: 'Authentication Required' } });
  });

  it('counts the Jira requests of each invocation', async () => {
    const result = await call('read-issue', 'user-ada');
    expect([result.stats.jiraRequests, forge.jiraStats.invocations[0]?.jiraRequests]).toEqual([1, 1]);
  });

  it('keeps concurrent invocations apart when two users call at once', async () => {
    await Promise.all([call('read-issue', 'user-ada'), call('read-issue', 'user-bob')]);
    expect(jira.requests.map((r) => r.accountId).sort()).toEqual(['user-ada', 'user-bob']);
  });
});
