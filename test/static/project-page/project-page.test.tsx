/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../../../static/project-page/src/api-error';
import { ProjectPage } from '../../../static/project-page/src/project-page';
import { answerInvoke, inputsOf } from './fake-api';
import { aKeyResult, anObjective, aProjectPageView, q3 } from '../../support/views';

jest.mock('../../../static/project-page/src/api', () => ({ invoke: jest.fn(), getContext: jest.fn(), showFlag: jest.fn(), openIssue: jest.fn() }));

afterEach(() => jest.clearAllMocks());

async function renderPage(view = aProjectPageView()) {
  answerInvoke({ getProjectPage: () => view });
  render(<ProjectPage />);
  await screen.findByRole('heading', { name: 'Objectives and key results' });
}

describe('ProjectPage', () => {
  it('nests a child objective inside its parent when the parent is in the project', async () => {
    await renderPage();
    const parent = screen.getByTestId('objective-obj-checkout');
    expect(within(parent).getByTestId('objective-obj-failures')).toBeTruthy();
  });

  it('shows an objective as a root when its parent belongs to another project', async () => {
    await renderPage();
    const roots = screen.getByRole('list', { name: 'Objectives' });
    const rootIds = Array.from(roots.children).map((item) => item.getAttribute('data-testid'));
    expect(rootIds).toEqual(['objective-obj-checkout', 'objective-obj-platform']);
  });

  it('shows a dash when an objective has no progress to measure', async () => {
    await renderPage();
    expect(screen.getByTestId('objective-progress-obj-platform').textContent).toBe('–');
    expect(screen.getByTestId('objective-progress-obj-checkout').textContent).toBe('54 %');
  });

  it('says an objective without key results is measured through the objectives under it', async () => {
    const parent = anObjective({ id: 'obj-company', level: 'company', progressPercent: null });
    const child = anObjective({
      id: 'obj-team',
      parentObjectiveId: 'obj-company',
      progressPercent: 40,
      keyResults: [aKeyResult({ id: 'kr-1', objectiveId: 'obj-team' })],
    });
    await renderPage(aProjectPageView({ objectives: [parent, child] }));
    expect(within(screen.getByTestId('objective-obj-company')).getByText(/No key results of its own/).textContent).toBe(
      'No key results of its own: its progress shows once it has some. The objective under it carries the measurable work.',
    );
  });

  it('shows the raw percent next to the bar when a key result is past its target', async () => {
    await renderPage();
    expect(screen.getByTestId('kr-progress-kr-conversion').textContent).toBe('100 % (125 %)');
    expect(screen.getByTestId('kr-progress-kr-one-click').textContent).toBe('38 %');
  });

  it('shows current, target, unit, direction and baseline when a key result is a metric', async () => {
    await renderPage();
    const measure = screen.getByTestId('kr-measure-kr-time');
    expect(measure.textContent).toBe('45 / 30 s↓ from 80');
    expect(within(measure).getByRole('img', { name: 'Decrease' })).toBeTruthy();
  });

  it.each([
    ['%', 12, 9.5, 4, '9.5 / 4 %'],
    ['', 100, 640, 300, '640 / 300'],
  ])(
    'writes the metric value with unit %j as %j next to "from" the baseline when the key result is a metric',
    async (unit, baseline, current, target, expected) => {
      const metric = aKeyResult({
        id: 'kr-metric',
        objectiveId: 'obj-m',
        kind: 'metric',
        work: undefined,
        metric: { baseline, target, current, unit, direction: target < baseline ? 'decrease' : 'increase' },
      });
      await renderPage(aProjectPageView({ objectives: [anObjective({ id: 'obj-m', keyResults: [metric] })], sprints: [] }));
      const measure = screen.getByTestId('kr-measure-kr-metric');
      expect([measure.querySelector('.okr-measure__value')?.textContent, measure.querySelector('.okr-measure__meta')?.textContent]).toEqual([
        expected,
        `${target < baseline ? '↓' : '↑'} from ${baseline}`,
      ]);
    },
  );

  it('shows done of total issues when a key result counts issues', async () => {
    await renderPage();
    expect(screen.getByTestId('kr-measure-kr-one-click').textContent).toBe('3/8 issues');
  });

  it('shows the unestimated count when story points are missing on some issues', async () => {
    await renderPage();
    expect(screen.getByTestId('kr-measure-kr-points').textContent).toContain('13/21 pts');
    expect(screen.getByTestId('kr-unestimated-kr-points').textContent).toBe('2 unestimated');
  });

  it('labels confidence with its lozenge when key results are on track, at risk or off track', async () => {
    await renderPage();
    expect(screen.getByTestId('kr-confidence-kr-time').textContent).toBe('At risk');
    expect(screen.getByTestId('kr-confidence-kr-points').textContent).toBe('Off track');
    expect(screen.getByTestId('kr-confidence-kr-one-click').textContent).toBe('On track');
  });

  it('shows check-ins, supporting issues and sprint moves when a key result is expanded', async () => {
    await renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Show details of Ship one-click payments' }));
    const details = screen.getByTestId('kr-details-kr-one-click');
    expect(within(details).getByText('via SHOP-1')).toBeTruthy();
    expect(within(details).getByText('direct')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Show details of Cut checkout time to 30 s' }));
    const timeDetails = screen.getByTestId('kr-details-kr-time');
    expect(within(timeDetails).getByText('Payment step still slow')).toBeTruthy();
    expect(within(timeDetails).getByText('60 → 45 s')).toBeTruthy();
    expect(within(timeDetails).getByText('SHOP Sprint 41')).toBeTruthy();
  });

  it('reloads the view for the chosen cycle when the cycle changes', async () => {
    await renderPage();
    answerInvoke({ getProjectPage: () => aProjectPageView({ cycle: q3, objectives: [], sprints: [] }) });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Cycle' }), '2026 Q3');

    expect(await screen.findByText('Set your first objective for 2026 Q3')).toBeTruthy();
    expect(inputsOf('getProjectPage')).toEqual([{}, { cycleLabel: '2026 Q3' }]);
  });

  it('invites to create the first objective when the cycle has none', async () => {
    await renderPage(aProjectPageView({ objectives: [], sprints: [] }));
    const empty = screen.getByTestId('project-page-empty');
    expect(within(empty).getByText('Set your first objective for 2026 Q4')).toBeTruthy();
    expect(within(empty).getByRole('button', { name: 'Create objective' })).toBeTruthy();
  });

  it('hides every editing action when the user cannot edit', async () => {
    await renderPage(aProjectPageView({ canEdit: false }));
    expect(screen.queryByRole('button', { name: 'New objective' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Check in' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add key result' })).toBeNull();
  });

  it('shows a skeleton while the view loads', () => {
    answerInvoke({ getProjectPage: () => new Promise(() => undefined) });
    render(<ProjectPage />);
    expect(screen.getByTestId('project-page-loading')).toBeTruthy();
  });

  it('offers a retry that loads the page when loading failed', async () => {
    answerInvoke({ getProjectPage: () => Promise.reject(new ApiError('JIRA_UNAVAILABLE', 'Jira is not answering right now.')) });
    render(<ProjectPage />);
    expect((await screen.findByTestId('project-page-error')).textContent).toContain('Jira is not answering right now.');

    answerInvoke({ getProjectPage: () => aProjectPageView() });
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByTestId('objective-obj-checkout')).toBeTruthy());
  });
});
