/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { KeyResultView } from '../../../src/shared/contract';
import { showFlag } from '../../../static/project-page/src/api';
import { ApiError } from '../../../static/project-page/src/api-error';
import { ProjectPage } from '../../../static/project-page/src/project-page';
import { answerInvoke, inputsOf } from './fake-api';
import { aKeyResult, aProjectPageView } from '../../support/views';

jest.mock('../../../static/project-page/src/api', () => ({ invoke: jest.fn(), getContext: jest.fn(), showFlag: jest.fn(), openIssue: jest.fn() }));

afterEach(() => jest.clearAllMocks());

const saved = aKeyResult({ id: 'kr-time', objectiveId: 'obj-checkout' });

/** Opens "Edit key result" on the metric "Cut checkout time to 30 s" (baseline 80, target 30, current 45 s, Ada, weight 1). */
async function openEditForm(updateKeyResult: () => KeyResultView = () => saved) {
  answerInvoke({ getProjectPage: () => aProjectPageView(), updateKeyResult });
  render(<ProjectPage />);
  await userEvent.click(await screen.findByRole('button', { name: 'Edit key result Cut checkout time to 30 s' }));
  return screen.getByRole('dialog', { name: 'Edit key result' });
}

async function replace(dialog: HTMLElement, label: string | RegExp, text: string) {
  const input = within(dialog).getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.type(input, text);
}

const valueOf = (dialog: HTMLElement, label: string | RegExp) => within(dialog).getByLabelText<HTMLInputElement>(label).value;

describe('Edit key result form', () => {
  it('pre-fills title, weight, owner, target and unit when the edit dialog opens', async () => {
    const dialog = await openEditForm();
    expect([/Title/, 'Weight', 'Owner', /Target/, 'Unit'].map((label) => valueOf(dialog, label))).toEqual([
      'Cut checkout time to 30 s',
      '1',
      'acc-ada',
      '30',
      's',
    ]);
  });

  it('shows the kind, baseline and current value without letting them change when a metric is edited', async () => {
    const dialog = await openEditForm();
    const form = within(dialog);
    expect(form.getByLabelText<HTMLSelectElement>('Measured by').disabled).toBe(true);
    expect(
      [form.getByLabelText<HTMLInputElement>('Baseline'), form.getByLabelText<HTMLInputElement>('Current')].map((input) => [input.value, input.readOnly]),
    ).toEqual([
      ['80', true],
      ['45', true],
    ]);
    expect(form.getByText('Changes through check-ins.')).toBeTruthy();
  });

  it('sends only the changed fields when the key result is saved', async () => {
    const dialog = await openEditForm();
    await replace(dialog, /Title/, 'Cut checkout time to 25 s');
    await replace(dialog, /Target/, '25');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(inputsOf('updateKeyResult')).toEqual([{ keyResultId: 'kr-time', changes: { title: 'Cut checkout time to 25 s', target: 25 } }]));
  });

  it('closes, flags success and reloads the page when the key result is saved', async () => {
    const dialog = await openEditForm();
    await replace(dialog, 'Weight', '2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(showFlag).toHaveBeenCalledWith('Key result saved');
    await waitFor(() => expect(inputsOf('getProjectPage')).toHaveLength(2));
  });

  it('closes without calling the server when nothing changed', async () => {
    const dialog = await openEditForm();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inputsOf('updateKeyResult')).toEqual([]);
  });

  it('refuses the target before any call when it equals the baseline', async () => {
    const dialog = await openEditForm();
    await replace(dialog, /Target/, '80');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(within(dialog).getByText('Target must differ from the baseline 80.').closest('.okr-field')?.querySelector('#kr-target')).toBeTruthy();
    expect(inputsOf('updateKeyResult')).toEqual([]);
  });

  it('shows the server error next to its field when the server rejects a change', async () => {
    const dialog = await openEditForm(() => {
      throw new ApiError('INVALID_INPUT', 'Some fields need attention.', { 'changes.target': 'Target is out of range.' });
    });
    await replace(dialog, /Target/, '-5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect((await within(dialog).findByText('Target is out of range.')).closest('.okr-field')?.querySelector('#kr-target')).toBeTruthy();
  });

  it('offers no Edit button when the user cannot edit the project', async () => {
    answerInvoke({ getProjectPage: () => aProjectPageView({ canEdit: false }) });
    render(<ProjectPage />);
    const row = await screen.findByTestId('key-result-kr-time');
    expect(within(row).queryByRole('button', { name: /Edit key result/ })).toBeNull();
  });
});
