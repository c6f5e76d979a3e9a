import { NeedsAuthenticationError } from '@forge/api';
import { createResolver } from '../../src/resolvers/create-resolver';
import { RESOLVER_KEYS } from '../../src/shared/contract';
import { keyResult, objective, workIssue } from '../support/builders';
import { testDeps } from '../support/fakes';

const projectPage = { type: 'jira:projectPage', project: { id: '10000', key: 'SHOP', type: 'software' } };
const issuePanel = {
  type: 'jira:issuePanel',
  issue: { id: '10002', key: 'SHOP-2', type: 'Story', typeId: '10001' },
  project: { id: '10000', key: 'SHOP', type: 'software' },
};

/** Calls the resolver as Forge does: the call, the context, and the principal from the runtime. */
function invoke(deps: ReturnType<typeof testDeps>, functionKey: string, payload: unknown, extension: object, accountId: string | null = 'user-alex') {
  const definitions = createResolver(() => deps);
  return definitions(
    { call: { functionKey, payload: payload }, context: { extension, cloudId: 'cloud-1', moduleKey: 'okr' } },
    accountId ? { principal: { accountId } } : {},
  );
}

const q4 = { label: '2026 Q4', startDate: '2026-10-01', endDate: '2026-12-31' };

describe('the resolver entry point', () => {
  it('defines every key of the contract', async () => {
    const deps = testDeps();
    for (const key of RESOLVER_KEYS) {
      const result = (await invoke(deps, key, {}, {})) as { ok: boolean };
      expect([key, typeof result.ok]).toEqual([key, 'boolean']);
    }
  });

  it('creates an objective owned by the principal, whatever owner the payload claims to be', async () => {
    const deps = testDeps();
    const result = await invoke(deps, 'createObjective', { title: 'Grow', level: 'team', cycle: q4 }, projectPage);
    expect(result).toMatchObject({ ok: true, data: { title: 'Grow', owner: { accountId: 'user-alex', displayName: 'Alex Rivera' }, projectKeys: ['SHOP'] } });
  });

  it('answers INVALID_INPUT with field errors for a bad payload, and stores nothing', async () => {
    const deps = testDeps();
    const result = await invoke(deps, 'createObjective', { title: '', level: 'galaxy', cycle: { ...q4, startDate: 'soon' } }, projectPage);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message:
          'Please check: title: Give it a title.; level: Level is company, department, team or individual.; cycle.startDate: Use a date like 2026-10-01.',
        fieldErrors: {
          title: 'Give it a title.',
          level: 'Level is company, department, team or individual.',
          'cycle.startDate': 'Use a date like 2026-10-01.',
        },
      },
    });
    expect(deps.okrs.objectives.size).toBe(0);
  });

  it('answers INVALID_INPUT for a project key that is not one', async () => {
    const result = await invoke(testDeps(), 'createObjective', { title: 'Grow', level: 'team', cycle: q4, projectKeys: ['SHOP', 'not a key'] }, projectPage);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { 'projectKeys.1': 'Use project keys such as SHOP.' } } });
  });

  it('refuses unknown payload fields rather than ignoring them', async () => {
    const result = await invoke(testDeps(), 'deleteObjective', { objectiveId: 'obj-1', force: true }, projectPage);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers a clear error when no user is signed in', async () => {
    const result = await invoke(testDeps(), 'getProjectPage', {}, projectPage, null);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Please check: accountId: This action needs a signed-in user.' } });
  });

  it('answers FORBIDDEN when the user may browse but not edit', async () => {
    const deps = testDeps();
    deps.jira.permissions = { browse: true, edit: false };
    const result = await invoke(deps, 'createObjective', { title: 'Grow', level: 'team', cycle: q4 }, projectPage);
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'You need the Edit issues permission in SHOP to change its OKRs.' } });
  });

  it('reads the issue from the context, not the payload', async () => {
    const deps = testDeps([workIssue({ key: 'SHOP-2', krIds: ['kr-1'] })]);
    deps.okrs.objectives.set('obj-1', objective());
    deps.okrs.keyResults.set('kr-1', keyResult());
    const result = await invoke(deps, 'getIssuePanel', {}, issuePanel);
    expect(result).toMatchObject({ ok: true, data: { issue: { key: 'SHOP-2' }, linked: [{ keyResult: { id: 'kr-1' }, via: 'direct' }] } });
  });

  it('answers INVALID_INPUT when a surface without an issue asks for the panel', async () => {
    expect(await invoke(testDeps(), 'getIssuePanel', {}, projectPage)).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'This surface has no issue in its context.' },
    });
  });
});

describe('the resolver entry point and the platform', () => {
  it('lets Forge’s needs-authentication error through, so Jira can ask the user for consent', async () => {
    const deps = testDeps();
    jest.spyOn(deps.jira, 'getProjectPermissions').mockRejectedValue(new NeedsAuthenticationError('Authentication required', 'jira'));
    await expect(invoke(deps, 'getProjectPage', {}, projectPage)).rejects.toMatchObject({ name: 'NEEDS_AUTHENTICATION_ERR' });
  });
});
