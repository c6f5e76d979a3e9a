import { doneAtClose, sprintLedger } from '../../src/domain/sprint-ledger';
import { rollUpWork } from '../../src/domain/work-rollup';
import { keyResult, workIssue } from '../support/builders';

const sprint = { id: '42', name: 'Sprint 7', boardId: '1', startDateIso: '2026-10-01T00:00:00.000Z', completeDateIso: '2026-10-15T00:00:00.000Z' };

describe('sprintLedger', () => {
  const issues = [
    workIssue({ key: 'E-1', isEpic: true, krIds: ['kr-points'] }),
    workIssue({ key: 'S-1', parentKey: 'E-1', storyPoints: 5, statusCategory: 'done' }),
    workIssue({ key: 'S-2', krIds: ['kr-points', 'kr-count'], storyPoints: 3, statusCategory: 'done' }),
    workIssue({ key: 'S-3', krIds: ['kr-points'], storyPoints: 8, statusCategory: 'done' }),
    workIssue({ key: 'S-4', krIds: ['kr-points', 'kr-count'], storyPoints: 4 }),
  ];
  const keyResults = [keyResult({ id: 'kr-points', measure: { kind: 'storyPoints' } }), keyResult({ id: 'kr-count', measure: { kind: 'issues' } })];
  // S-3 was done in an earlier sprint: it counts before and after, but did not move in this one.
  const completed = new Set(['S-1', 'S-2']);
  const entries = sprintLedger({ sprint, keyResults, work: rollUpWork(issues), completedIssueKeys: completed, metricValueAtStart: () => 0 });

  it('records story points before, after and delta from the sprint’s completed work', () => {
    expect(entries.find((entry) => entry.keyResultId === 'kr-points')).toMatchObject({
      unit: 'story points',
      before: 8,
      after: 16,
      delta: 8,
      progressBeforePercent: 40,
      progressAfterPercent: 80,
      movedStoryPoints: 8,
      movedIssues: [
        { key: 'S-1', via: 'epic', epicKey: 'E-1' },
        { key: 'S-2', via: 'direct' },
      ],
    });
  });

  it('records an issues KR by count', () => {
    expect(entries.find((entry) => entry.keyResultId === 'kr-count')).toMatchObject({
      unit: 'issues',
      before: 0,
      after: 1,
      delta: 1,
      progressAfterPercent: 50,
    });
  });

  it('records nothing for a key result the sprint did not move', () => {
    const none = sprintLedger({ sprint, keyResults, work: rollUpWork(issues), completedIssueKeys: new Set(), metricValueAtStart: () => 0 });
    expect(none).toEqual([]);
  });

  it('compares a metric’s value at the sprint start with its value at the close', () => {
    const metric = keyResult({ id: 'kr-metric', measure: { kind: 'metric', baseline: 100, target: 20, current: 60, unit: 'ms' } });
    const [entry] = sprintLedger({ sprint, keyResults: [metric], work: new Map(), completedIssueKeys: new Set(), metricValueAtStart: () => 80 });
    expect(entry).toMatchObject({ before: 80, after: 60, delta: -20, unit: 'ms', progressBeforePercent: 25, progressAfterPercent: 50 });
  });
});

describe('doneAtClose', () => {
  const sprintOne = { id: '1', name: 'Sprint 1', startDateIso: '2026-10-01T09:00:00.000Z', completeDateIso: '2026-10-15T09:00:00.000Z' };
  const inSprints = (...ids: [string, string][]) => ids.map(([id, startIso]) => ({ id, startIso }));

  it.each([
    {
      name: 'is true for done work whose last sprint is this one',
      statusCategory: 'done' as const,
      sprints: inSprints(['1', sprintOne.startDateIso]),
      expected: true,
    },
    {
      name: 'is false for work carried over into a later sprint and finished there',
      statusCategory: 'done' as const,
      sprints: inSprints(['1', sprintOne.startDateIso], ['2', '2026-10-15T10:00:00.000Z']),
      expected: false,
    },
    {
      name: 'is true for work that came from an earlier sprint',
      statusCategory: 'done' as const,
      sprints: inSprints(['0', '2026-09-17T09:00:00.000Z'], ['1', sprintOne.startDateIso]),
      expected: true,
    },
    { name: 'is false for work not done', statusCategory: 'indeterminate' as const, sprints: inSprints(['1', sprintOne.startDateIso]), expected: false },
  ])('$name', ({ statusCategory, sprints, expected }) => {
    expect(doneAtClose(workIssue({ key: 'S-9', statusCategory, sprints }), sprintOne)).toBe(expected);
  });
});
