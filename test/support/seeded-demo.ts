import { seedDemoOkrs } from '../../local/datasets/demo-okrs';
import { createDemoSite, DEMO_USERS } from '../../local/datasets/demo-site';
import { createLocalForge, type LocalForge } from '../../local/runtime/local-forge';
import type { ResolverContract, ResolverKey, ResolverResult } from '../../src/shared/contract';
import { MANIFEST_PATH } from './local-storage';

export const DEMO_TODAY = new Date('2026-11-20T10:00:00.000Z');
export const DEMO_CYCLE = { label: '2026 Q4', startDate: '2026-10-01', endDate: '2026-12-31' };

/** The whole app on the demo site, in memory, with the demo OKRs seeded as `npm start` does. */
export async function seededDemoForge(): Promise<LocalForge> {
  const forge = createLocalForge({
    manifestPath: MANIFEST_PATH,
    storageFile: ':memory:',
    site: createDemoSite(DEMO_TODAY),
    emulatorNow: () => DEMO_TODAY,
    logError: () => undefined,
  });
  await seedDemoOkrs(forge, DEMO_CYCLE);
  return forge;
}

export const onProjectPage = { type: 'jira:projectPage', project: { key: 'SHOP' } };
export const onIssue = (key: string) => ({ type: 'jira:issuePanel', issue: { key }, project: { key: 'SHOP' } });

/** Runs a resolver as Alex from a surface, as Forge would; answers its data and the Jira requests it made. */
export async function invokeAsAlex<K extends ResolverKey>(
  forge: LocalForge,
  moduleKey: string,
  extensionContext: { type: string } & Record<string, unknown>,
  functionKey: K,
  payload: ResolverContract[K]['input'],
): Promise<{ data: ResolverContract[K]['output']; jiraRequests: number }> {
  const result = await forge.appHost.invokeResolver({ moduleKey, functionKey, payload, accountId: DEMO_USERS.alex.accountId, extensionContext });
  if (!result.ok) throw new Error(result.error.message);
  const envelope = result.value as ResolverResult<ResolverContract[K]['output']>;
  if (!envelope.ok) throw new Error(envelope.error.message);
  return { data: envelope.data, jiraRequests: result.stats.jiraRequests };
}
