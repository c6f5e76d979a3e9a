import { invoke as bridgeInvoke, view } from '@forge/bridge';
import { getContext, invoke } from '../../../static/project-page/src/api';
import { ApiError } from '../../../static/project-page/src/api-error';
import { aProjectPageView } from '../../support/views';

jest.mock('@forge/bridge', () => ({ invoke: jest.fn(), showFlag: jest.fn(), router: { open: jest.fn() }, view: { getContext: jest.fn() } }));

describe('api', () => {
  it('returns the data when the resolver answers ok', async () => {
    const page = aProjectPageView();
    jest.mocked(bridgeInvoke).mockResolvedValue({ ok: true, data: page });
    await expect(invoke('getProjectPage', { cycleLabel: '2026 Q4' })).resolves.toBe(page);
    expect(bridgeInvoke).toHaveBeenCalledWith('getProjectPage', { cycleLabel: '2026 Q4' });
  });

  it('throws an ApiError with code, message and field errors when the resolver answers not ok', async () => {
    const error = { code: 'INVALID_INPUT', message: 'Check the title.', fieldErrors: { title: 'Too long.' } };
    jest.mocked(bridgeInvoke).mockResolvedValue({ ok: false, error });
    const thrown = await invoke('deleteObjective', { objectiveId: 'obj-1' }).catch((caught: unknown) => caught);
    expect(thrown).toBeInstanceOf(ApiError);
    const { code, message, fieldErrors } = thrown as ApiError;
    expect({ code, message, fieldErrors }).toEqual(error);
  });

  it('throws an ApiError when the answer is not an envelope', async () => {
    jest.mocked(bridgeInvoke).mockResolvedValue(undefined);
    await expect(invoke('getProjectPage', {})).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('reads the project key from the extension when the context is asked for', async () => {
    jest.mocked(view.getContext).mockResolvedValue({ accountId: 'acc-ada', extension: { project: { key: 'SHOP', id: '10000' } } } as never);
    await expect(getContext()).resolves.toEqual({ projectKey: 'SHOP', accountId: 'acc-ada' });
  });
});
