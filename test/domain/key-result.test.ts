import { DomainError } from '../../src/domain/domain-error';
import { assertValidKeyResult, type KeyResultDraft, keyResultProgress, metricDirection } from '../../src/domain/key-result';
import { keyResult } from '../support/builders';

const draft = (overrides: Partial<KeyResultDraft> = {}): KeyResultDraft => ({
  objectiveId: 'obj-1',
  title: 'Cut p95 latency',
  weight: 1,
  confidence: 'on-track',
  measure: { kind: 'metric', baseline: 100, target: 20, current: 100, unit: 'ms' },
  ...overrides,
});

describe('assertValidKeyResult', () => {
  it('refuses a metric created with baseline 5 and target 5, with a clear message', () => {
    expect(() => assertValidKeyResult(draft({ measure: { kind: 'metric', baseline: 5, target: 5, current: 5, unit: '%' } }))).toThrow(
      new DomainError('Baseline and target are both 5: a key result must have a target different from where it starts.', 'target'),
    );
  });

  it.each([
    { name: 'an empty title', change: { title: '  ' }, message: 'A key result needs a title.' },
    { name: 'a negative weight', change: { weight: -1 }, message: 'Weight must be zero or more.' },
    {
      name: 'a target that is not a number',
      change: { measure: { kind: 'metric' as const, baseline: 1, target: Number.NaN, current: 1, unit: '' } },
      message: 'target must be a number.',
    },
  ])('refuses $name', ({ change, message }) => {
    expect(() => assertValidKeyResult(draft(change))).toThrow(message);
  });

  it('accepts an issue-driven key result', () => {
    expect(() => assertValidKeyResult(draft({ measure: { kind: 'storyPoints' } }))).not.toThrow();
  });
});

describe('metricDirection', () => {
  it.each([
    { baseline: 100, target: 20, direction: 'decrease' },
    { baseline: 0, target: 10, direction: 'increase' },
  ])('is $direction for $baseline → $target', ({ baseline, target, direction }) => {
    expect(metricDirection({ kind: 'metric', baseline, target, current: baseline, unit: '' })).toBe(direction);
  });
});

describe('keyResultProgress', () => {
  const work = { keyResultId: 'kr-1', issues: [], totalIssues: 4, doneIssues: 1, totalStoryPoints: 18, doneStoryPoints: 5, unestimatedIssues: 2 };

  it.each([
    { name: 'an issues KR is the share of issues done', kind: 'issues' as const, percent: 25 },
    { name: 'a story-points KR is the share of points done', kind: 'storyPoints' as const, percent: 27.78 },
  ])('$name', ({ kind, percent }) => {
    expect(keyResultProgress(keyResult({ measure: { kind } }), work).percent).toBe(percent);
  });

  it('is 0 % for an issue-driven KR with no linked work', () => {
    expect(keyResultProgress(keyResult({ measure: { kind: 'issues' } }), undefined)).toEqual({ ratio: 0, percent: 0, done: false });
  });
});
