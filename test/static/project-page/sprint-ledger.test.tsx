/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { ProjectPage } from '../../../static/project-page/src/project-page';
import { answerInvoke } from './fake-api';
import { aLedgerEntry, aProjectPageView } from '../../support/views';

jest.mock('../../../static/project-page/src/api', () => ({ invoke: jest.fn(), getContext: jest.fn(), showFlag: jest.fn(), openIssue: jest.fn() }));

afterEach(() => jest.clearAllMocks());

async function renderLedger(view = aProjectPageView()) {
  answerInvoke({ getProjectPage: () => view });
  render(<ProjectPage />);
  return screen.findByRole('region', { name: 'Sprints' });
}

const cellsOf = (row: HTMLElement) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent);

describe('Sprint ledger', () => {
  it('lists the newest closed sprint first when the server sends them oldest first', async () => {
    const section = await renderLedger();
    const tables = within(section)
      .getAllByRole('table')
      .map((table) => table.getAttribute('data-testid'));
    expect(tables).toEqual(['sprint-42', 'sprint-41']);
  });

  it('shows before, after, delta, progress and issues moved when a sprint moved story points', async () => {
    await renderLedger();
    expect(cellsOf(screen.getByTestId('ledger-42-kr-points'))).toEqual(['Finish the API hardening epic', '5 → 13 pts', '+8', '24 % → 62 %', '2 issues, 8 pts']);
  });

  it('counts issues in the singular and leaves story points out when an issue-count key result moved one issue', async () => {
    const view = aProjectPageView();
    const moved = { key: 'SHOP-12', summary: 'Store card tokens', statusCategory: 'done' as const, via: 'direct' as const, storyPoints: 5 };
    view.sprints = [
      {
        sprintId: '43',
        sprintName: 'SHOP Sprint 43',
        completeDateIso: '2026-11-11T16:00:00.000Z',
        entries: [aLedgerEntry({ sprintId: '43', keyResultId: 'kr-one-click', before: 0, after: 1, movedIssues: [moved], movedStoryPoints: 5 })],
      },
    ];
    await renderLedger(view);
    expect(cellsOf(screen.getByTestId('ledger-43-kr-one-click'))).toEqual(['Ship one-click payments', '0 → 1 issue', '+1', '0 % → 25 %', '1 issue']);
  });

  it('shows a negative delta with a minus sign when a metric went down', async () => {
    await renderLedger();
    expect(cellsOf(screen.getByTestId('ledger-41-kr-time'))).toEqual(['Cut checkout time to 30 s', '80 → 60 s', '−20', '0 % → 40 %', '–']);
  });

  it('colours a falling metric as progress when lower is better', async () => {
    await renderLedger();
    expect(screen.getByTestId('ledger-delta-41-kr-time').className).toContain('okr-delta--better');
  });

  it('names the key result as deleted when the ledger outlives it', async () => {
    const view = aProjectPageView();
    view.sprints = [
      {
        sprintId: '43',
        sprintName: 'SHOP Sprint 43',
        completeDateIso: '2026-11-11T16:00:00.000Z',
        entries: [aLedgerEntry({ sprintId: '43', keyResultId: 'kr-gone' })],
      },
    ];
    await renderLedger(view);
    expect(cellsOf(screen.getByTestId('ledger-43-kr-gone'))[0]).toBe('Deleted key result');
  });

  it('says so when no closed sprint moved a key result', async () => {
    const section = await renderLedger(aProjectPageView({ sprints: [] }));
    expect(within(section).getByText('No closed sprint in this cycle has moved a key result yet.')).toBeTruthy();
  });
});
