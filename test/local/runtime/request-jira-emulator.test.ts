import { createDemoSite, DEMO_USERS } from '../../../local/datasets/demo-site';
import type { LocalForge } from '../../../local/runtime/local-forge';
import { tinyForge } from './tiny-forge';

let forge: LocalForge;
beforeEach(() => {
  forge = tinyForge({ jira: undefined, site: createDemoSite(new Date('2026-12-01T12:00:00Z')) });
});
afterEach(() => forge.close());

const readFin1 = (functionKey: string, accountId: string) =>
  forge.appHost.invokeResolver({ moduleKey: 'tiny-panel', functionKey, payload: { issueKey: 'FIN-1' }, accountId });

describe('requestJira against the Jira emulator', () => {
  it('applies the invoking user permissions to asUser calls', async () => {
    expect(await readFin1('read-issue', DEMO_USERS.sam.accountId)).toMatchObject({ ok: true, value: { status: 404 } });
  });

  it('lets asApp calls see what the user cannot', async () => {
    expect(await readFin1('read-issue-as-app', DEMO_USERS.sam.accountId)).toMatchObject({ ok: true, value: { status: 200, body: { key: 'FIN-1' } } });
  });

  it('returns the issue to a user who may browse it', async () => {
    expect(await readFin1('read-issue', DEMO_USERS.alex.accountId)).toMatchObject({ ok: true, value: { status: 200 } });
  });
});
