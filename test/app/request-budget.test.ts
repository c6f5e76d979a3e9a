import { seedDemoOkrs } from '../../local/datasets/demo-okrs';
import { createDemoSite, DEMO_USERS } from '../../local/datasets/demo-site';
import { createLocalForge, type LocalForge } from '../../local/runtime/local-forge';
import { MANIFEST_PATH } from '../support/local-storage';

/** Jira's rate limits make every request count: the cheap surfaces must stay cheap. */
describe('Jira requests per surface on the demo site', () => {
  const today = new Date('2026-11-20T10:00:00.000Z');
  let forge: LocalForge;

  beforeAll(async () => {
    forge = createLocalForge({
      manifestPath: MANIFEST_PATH,
      storageFile: ':memory:',
      site: createDemoSite(today),
      emulatorNow: () => today,
      logError: () => undefined,
    });
    await seedDemoOkrs(forge, { label: '2026 Q4', startDate: '2026-10-01', endDate: '2026-12-31' });
  });
  afterAll(() => forge.close());

  const invoke = async (moduleKey: string, functionKey: string, extensionContext: { type: string } & Record<string, unknown>) => {
    const result = await forge.appHost.invokeResolver({ moduleKey, functionKey, payload: {}, accountId: DEMO_USERS.alex.accountId, extensionContext });
    if (!result.ok) throw new Error(result.error.message);
    return { value: result.value as { ok: boolean }, jiraRequests: result.stats.jiraRequests };
  };
  const onIssue = (key: string) => ({ type: 'jira:issuePanel', issue: { key }, project: { key: 'SHOP' } });

  it.each([
    ['okr-issue-panel', 'getIssuePanel'],
    ['okr-issue-context', 'getIssueContext'],
  ])('answers %s for a story under a linked epic with two Jira requests (the issue and its epic)', async (moduleKey, functionKey) => {
    const { value, jiraRequests } = await invoke(moduleKey, functionKey, onIssue('SHOP-17'));
    expect([value.ok, jiraRequests]).toEqual([true, 2]);
  });
});
