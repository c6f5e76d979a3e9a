/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProjectPage } from '../../../static/project-page/src/project-page';
import { answerInvoke, inputsOf, signInAs } from './fake-api';
import { anObjective, aProjectPageView } from '../../support/views';

jest.mock('../../../static/project-page/src/api', () => ({ invoke: jest.fn(), getContext: jest.fn(), showFlag: jest.fn(), openIssue: jest.fn() }));

afterEach(() => jest.clearAllMocks());

async function openNewObjective(accountId: string | undefined) {
  signInAs(accountId);
  answerInvoke({ getProjectPage: () => aProjectPageView(), createObjective: () => anObjective({ id: 'obj-new' }) });
  render(<ProjectPage />);
  await userEvent.click(await screen.findByRole('button', { name: 'New objective' }));
  return screen.getByRole('dialog', { name: 'New objective' });
}

const ownerChoices = (dialog: HTMLElement) => {
  const select = within(dialog).getByLabelText<HTMLSelectElement>('Owner');
  return { value: select.value, options: Array.from(select.options).map((option) => option.text) };
};

describe('Owner choice', () => {
  it('lists the signed-in user once as "<Name> (me)" and picks them when a new objective is started', async () => {
    expect(ownerChoices(await openNewObjective('acc-ada'))).toEqual({ value: 'acc-ada', options: ['Ada Lovelace (me)', 'Grace Hopper'] });
  });

  it('lists the signed-in user first when they come later in the list of people', async () => {
    expect(ownerChoices(await openNewObjective('acc-grace'))).toEqual({ value: 'acc-grace', options: ['Grace Hopper (me)', 'Ada Lovelace'] });
  });

  it('offers "Me" for the server to fill in when the page does not know who is signed in', async () => {
    expect(ownerChoices(await openNewObjective(undefined))).toEqual({ value: '', options: ['Me', 'Ada Lovelace', 'Grace Hopper'] });
  });

  it('sends the signed-in user as owner when a new objective keeps the default owner', async () => {
    const dialog = await openNewObjective('acc-ada');
    await userEvent.type(within(dialog).getByLabelText(/Title/), 'Delight returning customers');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(inputsOf('createObjective')).toHaveLength(1));
    expect(inputsOf('createObjective')[0]?.ownerAccountId).toBe('acc-ada');
  });

  it('picks the signed-in user as owner when a key result is added', async () => {
    signInAs('acc-grace');
    answerInvoke({ getProjectPage: () => aProjectPageView() });
    render(<ProjectPage />);
    await userEvent.click(within(await screen.findByTestId('objective-obj-platform')).getAllByRole('button', { name: 'Add key result' })[0]!);
    expect(ownerChoices(screen.getByRole('dialog', { name: 'Add key result' }))).toEqual({
      value: 'acc-grace',
      options: ['Grace Hopper (me)', 'Ada Lovelace'],
    });
  });
});
