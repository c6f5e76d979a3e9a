import { seedDemoOkrs } from '../../../local/datasets/demo-okrs';
import { createDemoSite, DEMO_USERS } from '../../../local/datasets/demo-site';
import { createLocalForge } from '../../../local/runtime/local-forge';
import type { ProjectPageView, ResolverResult } from '../../../src/shared/contract';
import { MANIFEST_PATH } from '../../support/local-storage';

describe('seedDemoOkrs', () => {
  it('gives a fresh demo site objectives, linked key results, check-ins and two recorded sprints', async () => {
    const today = new Date('2026-11-20T10:00:00.000Z');
    const forge = createLocalForge({
      manifestPath: MANIFEST_PATH,
      storageFile: ':memory:',
      site: createDemoSite(today),
      emulatorNow: () => today,
      logError: () => undefined,
    });
    const cycle = { label: '2026 Q4', startDate: '2026-10-01', endDate: '2026-12-31' };
    await seedDemoOkrs(forge, cycle);

    const result = await forge.appHost.invokeResolver({
      moduleKey: 'okr-project-page',
      functionKey: 'getProjectPage',
      payload: { cycleLabel: '2026 Q4' },
      accountId: DEMO_USERS.alex.accountId,
      extensionContext: { type: 'jira:projectPage', project: { key: 'SHOP' } },
    });
    const page = (result.ok ? result.value : undefined) as ResolverResult<ProjectPageView>;
    if (!page.ok) throw new Error(page.error.message);
    expect(page.data.objectives.map((o) => [o.title, o.keyResults.length])).toEqual([
      ['Become the easiest shop to buy from', 0],
      ['Make checkout effortless', 3],
      ['Help shoppers find what they want', 2],
    ]);
    const shipCheckout = page.data.objectives[1]?.keyResults.find((kr) => kr.title === 'Ship Checkout v2');
    expect(shipCheckout?.work).toMatchObject({ doneStoryPoints: 19, totalStoryPoints: 37 });
    expect(page.data.sprints.map((sprint) => [sprint.sprintName, sprint.entries.length])).toEqual([
      ['SHOP Sprint 2', 4],
      ['SHOP Sprint 1', 2],
    ]);
    await forge.close();
  });

  it('tells one consistent story across replayed sprints: each starts where the one before ended', async () => {
    const today = new Date('2026-11-20T10:00:00.000Z');
    const forge = createLocalForge({
      manifestPath: MANIFEST_PATH,
      storageFile: ':memory:',
      site: createDemoSite(today),
      emulatorNow: () => today,
      logError: () => undefined,
    });
    await seedDemoOkrs(forge, { label: '2026 Q4', startDate: '2026-10-01', endDate: '2026-12-31' });
    const result = await forge.appHost.invokeResolver({
      moduleKey: 'okr-project-page',
      functionKey: 'getProjectPage',
      payload: { cycleLabel: '2026 Q4' },
      accountId: DEMO_USERS.alex.accountId,
      extensionContext: { type: 'jira:projectPage', project: { key: 'SHOP' } },
    });
    const page = (result.ok ? result.value : undefined) as ResolverResult<ProjectPageView>;
    if (!page.ok) throw new Error(page.error.message);
    const [second, first] = page.data.sprints;
    const checkout = (sprint: typeof first) =>
      sprint?.entries.find((entry) => entry.unit === 'story points' && entry.movedIssues.some((issue) => issue.epicKey === 'SHOP-1'));
    expect([checkout(first)?.before, checkout(first)?.after, checkout(second)?.before, checkout(second)?.after]).toEqual([0, 8, 8, 19]);
    await forge.close();
  });
});
