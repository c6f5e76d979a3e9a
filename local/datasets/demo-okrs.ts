import type { LocalForge } from '../runtime/local-forge';
import { DEMO_USERS } from './demo-site';

/**
 * Gives a fresh demo site the OKRs a product lead would have set up, by calling the app's own
 * resolvers as Alex (so everything is stored exactly as the app stores it), then replays the
 * close of the two sprints that ended before the app was "installed", so the project page has a
 * sprint history to show.
 */
export async function seedDemoOkrs(forge: LocalForge, cycle: { label: string; startDate: string; endDate: string }): Promise<void> {
  const call = async <T>(moduleKey: string, extension: object, functionKey: string, payload: object): Promise<T> => {
    const result = await forge.appHost.invokeResolver({
      moduleKey,
      functionKey,
      payload,
      accountId: DEMO_USERS.alex.accountId,
      extensionContext: { type: moduleKey, ...extension },
    });
    const envelope = (result.ok ? result.value : undefined) as { ok: boolean; data?: T; error?: { message: string } } | undefined;
    if (!envelope?.ok || envelope.data === undefined)
      throw new Error(`Seeding ${functionKey} failed: ${envelope?.error?.message ?? (result.ok ? 'no answer' : result.error.message)}`);
    return envelope.data;
  };
  const project = { project: { id: '10000', key: 'SHOP', type: 'software' } };
  const page = <T>(functionKey: string, payload: object) => call<T>('okr-project-page', project, functionKey, payload);
  const tag = (issueKey: string, keyResultIds: string[]) =>
    call('okr-issue-panel', { ...project, issue: { key: issueKey } }, 'setIssueLinks', { keyResultIds });

  const company = await page<{ id: string }>('createObjective', { title: 'Become the easiest shop to buy from', level: 'company', cycle });
  const checkout = await page<{ id: string }>('createObjective', {
    title: 'Make checkout effortless',
    description: 'Fewer steps, fewer errors, faster pages.',
    level: 'team',
    parentObjectiveId: company.id,
    cycle,
  });
  const search = await page<{ id: string }>('createObjective', {
    title: 'Help shoppers find what they want',
    level: 'team',
    parentObjectiveId: company.id,
    cycle,
    ownerAccountId: DEMO_USERS.sam.accountId,
  });

  const checkoutPoints = await page<{ id: string }>('createKeyResult', {
    objectiveId: checkout.id,
    title: 'Ship Checkout v2',
    measure: { kind: 'storyPoints' },
  });
  const latency = await page<{ id: string }>('createKeyResult', {
    objectiveId: checkout.id,
    title: 'Cut checkout p95 latency',
    measure: { kind: 'metric', baseline: 800, target: 300, unit: 'ms' },
  });
  const bugs = await page<{ id: string }>('createKeyResult', {
    objectiveId: checkout.id,
    title: 'Fix every known checkout bug',
    measure: { kind: 'issues' },
    weight: 0.5,
  });
  const relevance = await page<{ id: string }>('createKeyResult', {
    objectiveId: search.id,
    title: 'Ship search relevance work',
    measure: { kind: 'storyPoints' },
  });
  const zeroResults = await page<{ id: string }>('createKeyResult', {
    objectiveId: search.id,
    title: 'Searches with no result',
    measure: { kind: 'metric', baseline: 12, target: 4, unit: '%' },
    ownerAccountId: DEMO_USERS.sam.accountId,
  });

  await tag('SHOP-1', [checkoutPoints.id]);
  await tag('SHOP-2', [relevance.id]);
  await tag('SHOP-12', [bugs.id]);
  await tag('SHOP-24', [bugs.id]);
  await tag('SHOP-10', [zeroResults.id]);
  await tag('SHOP-21', [zeroResults.id]);

  // The past closes first: check-ins made today must not count as moved by old sprints.
  for (const sprintId of ['1', '2']) {
    await forge.appHost.deliverProductEvent({ eventType: 'avi:jira-software:closed:sprint', sprint: { id: sprintId, originBoardId: '1', state: 'closed' } });
  }
  await forge.drainQueues();
  await page('checkIn', { keyResultId: latency.id, value: 640, confidence: 'at-risk', note: 'The new payment SDK added 90 ms; profiling this sprint.' });
  await page('checkIn', { keyResultId: zeroResults.id, value: 9.5, confidence: 'on-track', note: 'Typo tolerance shipped.' });
}
