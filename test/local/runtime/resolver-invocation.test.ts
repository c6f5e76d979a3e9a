import type { LocalForge } from '../../../local/runtime/local-forge';
import { tinyForge } from './tiny-forge';

let forge: LocalForge;
beforeEach(() => {
  forge = tinyForge({ siteIdentity: { cloudId: 'cloud-1', siteUrl: 'http://jira.local' } });
});
afterEach(() => forge.close());

const issuePanelContext = {
  type: 'jira:issuePanel',
  issue: { id: '10001', key: 'OKR-1', type: 'Story', typeId: '10002' },
  project: { id: '10000', key: 'OKR', type: 'software' },
};

describe('resolver invocation', () => {
  it('gives the resolver the context Forge gives when a UI module invokes it', async () => {
    const result = await forge.appHost.invokeResolver({
      moduleKey: 'tiny-panel',
      functionKey: 'whoami',
      accountId: 'user-ada',
      extensionContext: issuePanelContext,
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        context: {
          extension: issuePanelContext,
          cloudId: 'cloud-1',
          moduleKey: 'tiny-panel',
          siteUrl: 'http://jira.local',
          environmentType: 'DEVELOPMENT',
          accountId: 'user-ada',
          installContext: 'ari:cloud:jira::site/cloud-1',
          localId: expect.any(String),
        },
      },
    });
  });

  it('returns a Forge-like error result when the resolver throws', async () => {
    const result = await forge.appHost.invokeResolver({ moduleKey: 'tiny-panel', functionKey: 'fail', accountId: 'u' });
    expect(result).toMatchObject({ ok: false, error: { message: 'tiny resolver failed on purpose' } });
  });

  it('returns an error result when the resolver has no such definition', async () => {
    const result = await forge.appHost.invokeResolver({ moduleKey: 'tiny-panel', functionKey: 'nope', accountId: 'u' });
    expect(result).toMatchObject({ ok: false, error: { message: "Resolver has no definition for 'nope'." } });
  });

  it('returns an error result when the module has no resolver', async () => {
    const result = await forge.appHost.invokeResolver({ moduleKey: 'tiny-sprint-closed', functionKey: 'whoami' });
    expect(result.ok).toBe(false);
  });

  it('persists through kvs when a resolver stores a value', async () => {
    await forge.appHost.invokeResolver({ moduleKey: 'tiny-panel', functionKey: 'increment', payload: { issueKey: 'OKR-1' } });
    const second = await forge.appHost.invokeResolver({ moduleKey: 'tiny-panel', functionKey: 'increment', payload: { issueKey: 'OKR-1' } });
    expect(second).toMatchObject({ ok: true, value: { count: 2 }, stats: { kvsRequests: 2 } });
  });
});
