import { seedDemoOkrs } from '../../local/datasets/demo-okrs';
import { createDemoSite, DEMO_USERS } from '../../local/datasets/demo-site';
import { createLocalForge, type LocalForge } from '../../local/runtime/local-forge';
import type { IssuePanelView, ResolverResult } from '../../src/shared/contract';
import { MANIFEST_PATH } from '../support/local-storage';

describe('an issue moved to Done in Jira', () => {
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

  const panelOf = async (issueKey: string) => {
    const result = await forge.appHost.invokeResolver({
      moduleKey: 'okr-issue-panel',
      functionKey: 'getIssuePanel',
      accountId: DEMO_USERS.alex.accountId,
      extensionContext: { type: 'jira:issuePanel', issue: { key: issueKey }, project: { key: 'SHOP' } },
    });
    const envelope = (result.ok ? result.value : undefined) as ResolverResult<IssuePanelView>;
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.data;
  };

  it('moves its key results on the issue panel without anyone opening the project page', async () => {
    const before = (await panelOf('SHOP-18')).linked[0]?.keyResult.work;
    const answer = await forge.emulator?.handle({
      method: 'POST',
      path: '/rest/api/3/issue/SHOP-18/transitions',
      body: JSON.stringify({ transition: { id: '31' } }),
      accountId: DEMO_USERS.alex.accountId,
    });
    expect(answer?.status).toBe(204);
    await forge.drainQueues();
    const after = (await panelOf('SHOP-18')).linked[0]?.keyResult.work;
    expect([before?.doneStoryPoints, after?.doneStoryPoints]).toEqual([13, 15]);
  });
});
