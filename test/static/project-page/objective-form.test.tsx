/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ObjectiveView } from '../../../src/shared/contract';
import { showFlag } from '../../../static/project-page/src/api';
import { ApiError } from '../../../static/project-page/src/api-error';
import { ProjectPage } from '../../../static/project-page/src/project-page';
import { answerInvoke, inputsOf } from './fake-api';
import { anObjective, aProjectPageView } from '../../support/views';

jest.mock('../../../static/project-page/src/api', () => ({ invoke: jest.fn(), getContext: jest.fn(), showFlag: jest.fn(), openIssue: jest.fn() }));

afterEach(() => jest.clearAllMocks());

const created: ObjectiveView = anObjective({ id: 'obj-new', title: 'Delight returning customers' });

async function openCreateForm(createObjective: () => ObjectiveView | Promise<ObjectiveView> = () => created) {
  answerInvoke({ getProjectPage: () => aProjectPageView(), createObjective });
  render(<ProjectPage />);
  await userEvent.click(await screen.findByRole('button', { name: 'New objective' }));
  return screen.getByRole('dialog', { name: 'New objective' });
}

async function fillAndSubmit(dialog: HTMLElement) {
  const form = within(dialog);
  await userEvent.type(form.getByLabelText(/Title/), 'Delight returning customers');
  await userEvent.type(form.getByLabelText('Description'), 'Repeat buyers come back.');
  await userEvent.selectOptions(form.getByLabelText('Level'), 'department');
  await userEvent.selectOptions(form.getByLabelText('Owner'), 'acc-grace');
  await userEvent.selectOptions(form.getByLabelText('Parent objective'), 'company-goal-9');
  await userEvent.click(form.getByRole('button', { name: '2027 Q1' }));
  await userEvent.click(form.getByRole('button', { name: 'Create' }));
}

describe('Create objective form', () => {
  it('shares the objective with the projects typed in, always keeping this one', async () => {
    const dialog = await openCreateForm();
    await userEvent.type(within(dialog).getByLabelText(/^Title/), 'Company: uptime');
    await userEvent.type(within(dialog).getByLabelText('Projects'), ', ops');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(inputsOf('createObjective')).toHaveLength(1));
    expect(inputsOf('createObjective')[0]).toMatchObject({ projectKeys: ['SHOP', 'OPS'] });
  });

  it('refuses to drop this project from the objective before calling the server', async () => {
    const dialog = await openCreateForm();
    await userEvent.type(within(dialog).getByLabelText(/^Title/), 'Elsewhere');
    await userEvent.clear(within(dialog).getByLabelText('Projects'));
    await userEvent.type(within(dialog).getByLabelText('Projects'), 'OPS');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Keep SHOP: the objective is edited from here.')).toBeTruthy();
    expect(inputsOf('createObjective')).toHaveLength(0);
  });

  it('sends the objective the user entered when the form is submitted', async () => {
    await fillAndSubmit(await openCreateForm());
    await waitFor(() => expect(inputsOf('createObjective')).toHaveLength(1));
    expect(inputsOf('createObjective')[0]).toEqual({
      title: 'Delight returning customers',
      description: 'Repeat buyers come back.',
      level: 'department',
      ownerAccountId: 'acc-grace',
      parentObjectiveId: 'company-goal-9',
      projectKeys: ['SHOP'],
      cycle: { label: '2027 Q1', startDate: '2027-01-01', endDate: '2027-03-31' },
    });
  });

  it('closes, flags success and reloads the current cycle when the objective is created', async () => {
    await fillAndSubmit(await openCreateForm());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(showFlag).toHaveBeenCalledWith('Objective created');
    await waitFor(() => expect(inputsOf('getProjectPage')).toEqual([{}, { cycleLabel: '2026 Q4' }]));
  });

  it('shows the message on top and each field error next to its field when the server rejects the input', async () => {
    const dialog = await openCreateForm(() => {
      throw new ApiError('INVALID_INPUT', 'Some fields need attention.', { title: 'Title is too long.', 'cycle.endDate': 'Ends before it starts.' });
    });
    await fillAndSubmit(dialog);

    expect((await within(dialog).findByTestId('form-error')).textContent).toBe('Some fields need attention.');
    expect(within(dialog).getByText('Title is too long.').closest('.okr-field')?.querySelector('#objective-title')).toBeTruthy();
    expect(within(dialog).getByText('Ends before it starts.').closest('.okr-field')?.querySelector('#cycle-end')).toBeTruthy();
  });

  it('disables the buttons while the objective is saving', async () => {
    const dialog = await openCreateForm(() => new Promise<ObjectiveView>(() => undefined));
    await fillAndSubmit(dialog);
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Saving…' }).disabled).toBe(true);
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Cancel' }).disabled).toBe(true);
  });

  it('asks for a title without calling the server when the title is blank', async () => {
    const dialog = await openCreateForm();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByText('Enter a title.')).toBeTruthy();
    expect(inputsOf('createObjective')).toEqual([]);
  });
});
