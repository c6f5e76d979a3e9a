/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProjectPage } from '../../../static/project-page/src/project-page';
import { answerInvoke, inputsOf, signInAs } from './fake-api';
import { aKeyResult, anObjective, aProjectPageView } from '../../support/views';

jest.mock('../../../static/project-page/src/api', () => ({ invoke: jest.fn(), getContext: jest.fn(), showFlag: jest.fn(), openIssue: jest.fn() }));

afterEach(() => jest.clearAllMocks());

const keyResult = aKeyResult({ id: 'kr-x', objectiveId: 'obj-checkout' });

async function renderPage() {
  signInAs('acc-ada');
  answerInvoke({
    getProjectPage: () => aProjectPageView(),
    createKeyResult: () => keyResult,
    checkIn: () => keyResult,
    updateObjective: () => anObjective({ id: 'obj-failures' }),
    deleteObjective: ({ objectiveId }) => ({ deleted: objectiveId }),
  });
  render(<ProjectPage />);
  await screen.findByTestId('objective-obj-checkout');
}

describe('Project page changes', () => {
  it('creates a metric key result with baseline, target, unit, weight and the signed-in user as owner when the form is filled in', async () => {
    await renderPage();
    const objective = screen.getByTestId('objective-obj-platform');
    await userEvent.click(within(objective).getAllByRole('button', { name: 'Add key result' })[0]!);
    const dialog = screen.getByRole('dialog', { name: 'Add key result' });
    await userEvent.type(within(dialog).getByLabelText(/Title/), 'Answer in under 200 ms');
    await userEvent.clear(within(dialog).getByLabelText(/Baseline/));
    await userEvent.type(within(dialog).getByLabelText(/Baseline/), '450');
    await userEvent.type(within(dialog).getByLabelText(/Target/), '200');
    await userEvent.type(within(dialog).getByLabelText('Unit'), 'ms');
    await userEvent.clear(within(dialog).getByLabelText('Weight'));
    await userEvent.type(within(dialog).getByLabelText('Weight'), '2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add key result' }));

    await waitFor(() =>
      expect(inputsOf('createKeyResult')).toEqual([
        {
          objectiveId: 'obj-platform',
          title: 'Answer in under 200 ms',
          weight: 2,
          ownerAccountId: 'acc-ada',
          measure: { kind: 'metric', baseline: 450, target: 200, unit: 'ms' },
        },
      ]),
    );
  });

  it('sends the new value, confidence and note when a metric is checked in', async () => {
    await renderPage();
    await userEvent.click(within(screen.getByTestId('key-result-kr-time')).getByRole('button', { name: 'Check in' }));
    const dialog = screen.getByRole('dialog', { name: 'Check in' });
    await userEvent.clear(within(dialog).getByLabelText(/New value/));
    await userEvent.type(within(dialog).getByLabelText(/New value/), '38');
    await userEvent.click(within(dialog).getByLabelText('Off track'));
    await userEvent.type(within(dialog).getByLabelText('Note'), 'Fraud checks added latency');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Check in' }));

    await waitFor(() =>
      expect(inputsOf('checkIn')).toEqual([{ keyResultId: 'kr-time', value: 38, confidence: 'off-track', note: 'Fraud checks added latency' }]),
    );
  });

  it('saves one thousand when the new value is typed as "1,000"', async () => {
    await renderPage();
    await userEvent.click(within(screen.getByTestId('key-result-kr-time')).getByRole('button', { name: 'Check in' }));
    const dialog = screen.getByRole('dialog', { name: 'Check in' });
    await userEvent.clear(within(dialog).getByLabelText(/New value/));
    await userEvent.type(within(dialog).getByLabelText(/New value/), '1,000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Check in' }));

    await waitFor(() => expect(inputsOf('checkIn')).toEqual([{ keyResultId: 'kr-time', value: 1000, confidence: 'at-risk' }]));
  });

  it('asks for a number without calling the server when the new value is ambiguous', async () => {
    await renderPage();
    await userEvent.click(within(screen.getByTestId('key-result-kr-time')).getByRole('button', { name: 'Check in' }));
    const dialog = screen.getByRole('dialog', { name: 'Check in' });
    await userEvent.clear(within(dialog).getByLabelText(/New value/));
    await userEvent.type(within(dialog).getByLabelText(/New value/), '1.000,5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Check in' }));

    expect(within(dialog).getByText('Enter a number.')).toBeTruthy();
    expect(inputsOf('checkIn')).toEqual([]);
  });

  it('clears the parent with null when an edited objective is moved to the top level', async () => {
    await renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Edit objective Reduce payment failures' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit objective' });
    await userEvent.selectOptions(within(dialog).getByLabelText('Parent objective'), '');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(inputsOf('updateObjective')).toHaveLength(1));
    expect(inputsOf('updateObjective')[0]).toMatchObject({
      objectiveId: 'obj-failures',
      changes: { title: 'Reduce payment failures', parentObjectiveId: null },
    });
  });

  it('offers neither the objective nor its children as parent when editing it', async () => {
    await renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Edit objective Make checkout effortless' }));
    const parent = within(screen.getByRole('dialog', { name: 'Edit objective' })).getByLabelText('Parent objective');
    const values = Array.from((parent as HTMLSelectElement).options).map((option) => option.value);
    expect(values).toEqual(['', 'obj-api', 'obj-platform', 'company-goal-9']);
  });

  it('deletes the objective only after the user confirms', async () => {
    await renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Delete objective Modernise the platform' }));
    expect(inputsOf('deleteObjective')).toEqual([]);
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Delete objective' })).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(inputsOf('deleteObjective')).toEqual([{ objectiveId: 'obj-platform' }]));
  });
});
