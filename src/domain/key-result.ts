import type { CheckIn } from './check-in';
import { DomainError } from './domain-error';
import { type Progress, metricProgress, shareProgress } from './progress';
import type { KeyResultWork } from './work-rollup';

export const CONFIDENCE_LEVELS = ['on-track', 'at-risk', 'off-track'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** How a key result is measured: a number checked in by hand, or the linked work in Jira. */
export type Measure = { kind: 'metric'; baseline: number; target: number; current: number; unit: string } | { kind: 'issues' } | { kind: 'storyPoints' };

export type MeasureKind = Measure['kind'];

export interface KeyResult {
  id: string;
  objectiveId: string;
  title: string;
  ownerAccountId?: string;
  /** Share of the objective's progress; defaults to 1. */
  weight: number;
  confidence: Confidence;
  measure: Measure;
  /** The latest check-ins, newest first (at most RECENT_CHECK_INS); the full history is stored apart. */
  recentCheckIns?: CheckIn[];
  createdAtIso: string;
  updatedAtIso: string;
}

/** How many check-ins a key result carries, so pages show history without a read per key result. */
export const RECENT_CHECK_INS = 20;

export type KeyResultDraft = Pick<KeyResult, 'objectiveId' | 'title' | 'ownerAccountId' | 'weight' | 'confidence' | 'measure'>;

/** Rules for a new or edited key result. A metric must have somewhere to go: baseline ≠ target. */
export function assertValidKeyResult(draft: KeyResultDraft): void {
  if (draft.title.trim() === '') throw new DomainError('A key result needs a title.', 'title');
  if (!(draft.weight >= 0)) throw new DomainError('Weight must be zero or more.', 'weight');
  const { measure } = draft;
  if (measure.kind !== 'metric') return;
  for (const field of ['baseline', 'target', 'current'] as const) {
    if (!Number.isFinite(measure[field])) throw new DomainError(`${field} must be a number.`, field);
  }
  if (measure.baseline === measure.target) {
    throw new DomainError(`Baseline and target are both ${measure.target}: a key result must have a target different from where it starts.`, 'target');
  }
}

export type MetricDirection = 'increase' | 'decrease';

export function metricDirection(measure: Extract<Measure, { kind: 'metric' }>): MetricDirection {
  return measure.target >= measure.baseline ? 'increase' : 'decrease';
}

/**
 * Progress of a key result. Metric key results read their own numbers; issue-driven ones need
 * the roll-up of their linked work (absent work counts as nothing done yet).
 */
export function keyResultProgress(
  keyResult: KeyResult,
  work: Pick<KeyResultWork, 'doneIssues' | 'totalIssues' | 'doneStoryPoints' | 'totalStoryPoints'> | undefined,
): Progress {
  const { measure } = keyResult;
  switch (measure.kind) {
    case 'metric':
      return metricProgress(measure.baseline, measure.target, measure.current);
    case 'issues':
      return shareProgress(work?.doneIssues ?? 0, work?.totalIssues ?? 0);
    case 'storyPoints':
      return shareProgress(work?.doneStoryPoints ?? 0, work?.totalStoryPoints ?? 0);
  }
}
