import type { LedgerEntryView } from '../../../src/shared/contract';
import { movedIssuesText, movementText } from '../../../static/project-page/src/ledger';
import { aLedgerEntry } from '../../support/views';

const issue = (key: string, storyPoints?: number) => ({ key, summary: key, statusCategory: 'done' as const, via: 'direct' as const, storyPoints });
const entry = (overrides: Partial<LedgerEntryView>) => aLedgerEntry({ sprintId: '1', keyResultId: 'kr', ...overrides });

describe('movementText', () => {
  it.each<[string, Partial<LedgerEntryView>, string]>([
    ['one issue after', { kind: 'issues', unit: 'issues', before: 0, after: 1 }, '0 → 1 issue'],
    ['several issues after', { kind: 'issues', unit: 'issues', before: 1, after: 3 }, '1 → 3 issues'],
    ['no issues after', { kind: 'issues', unit: 'issues', before: 1, after: 0 }, '1 → 0 issues'],
    ['one point after', { kind: 'storyPoints', unit: 'story points', before: 0, after: 1 }, '0 → 1 pt'],
    ['several points after', { kind: 'storyPoints', unit: 'story points', before: 5, after: 13 }, '5 → 13 pts'],
    ['a metric with a unit', { kind: 'metric', unit: '%', before: 12, after: 9.5 }, '12 → 9.5 %'],
    ['a metric without a unit', { kind: 'metric', unit: '', before: 300, after: 640 }, '300 → 640'],
  ])('agrees the unit with the value after when the sprint leaves %s', (_case, overrides, expected) => {
    expect(movementText(entry(overrides))).toBe(expected);
  });
});

describe('movedIssuesText', () => {
  it.each<[string, Partial<LedgerEntryView>, string]>([
    ['nothing moved', { kind: 'storyPoints', movedIssues: [], movedStoryPoints: 0 }, '–'],
    ['one issue of one point moved', { kind: 'storyPoints', movedIssues: [issue('A-1', 1)], movedStoryPoints: 1 }, '1 issue, 1 pt'],
    ['two issues of eight points moved', { kind: 'storyPoints', movedIssues: [issue('A-1', 5), issue('A-2', 3)], movedStoryPoints: 8 }, '2 issues, 8 pts'],
    ['unestimated issues moved', { kind: 'storyPoints', movedIssues: [issue('A-1')], movedStoryPoints: 0 }, '1 issue'],
    ['an issue-count key result moved estimated issues', { kind: 'issues', movedIssues: [issue('A-1', 5), issue('A-2', 3)], movedStoryPoints: 8 }, '2 issues'],
  ])('counts what moved when %s', (_case, overrides, expected) => {
    expect(movedIssuesText(entry(overrides))).toBe(expected);
  });
});
