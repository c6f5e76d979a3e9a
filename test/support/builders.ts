import type { CheckIn } from '../../src/domain/check-in';
import type { KeyResult } from '../../src/domain/key-result';
import type { Objective } from '../../src/domain/objective';
import type { WorkIssue } from '../../src/domain/work-rollup';

/** Builders for domain records with sensible defaults; tests override what they are about. */

export function objective(overrides: Partial<Objective> = {}): Objective {
  return {
    id: 'obj-1',
    title: 'Delight new customers',
    description: '',
    ownerAccountId: 'user-alex',
    level: 'team',
    cycle: { label: '2026 Q4', startDate: '2026-10-01', endDate: '2026-12-31' },
    projectKeys: ['SHOP'],
    createdAtIso: '2026-10-01T09:00:00.000Z',
    updatedAtIso: '2026-10-01T09:00:00.000Z',
    ...overrides,
  };
}

export function keyResult(overrides: Partial<KeyResult> = {}): KeyResult {
  return {
    id: 'kr-1',
    objectiveId: 'obj-1',
    title: 'Ship the onboarding flow',
    weight: 1,
    confidence: 'on-track',
    measure: { kind: 'storyPoints' },
    createdAtIso: '2026-10-01T09:00:00.000Z',
    updatedAtIso: '2026-10-01T09:00:00.000Z',
    ...overrides,
  };
}

export function workIssue(overrides: Partial<WorkIssue> & Pick<WorkIssue, 'key'>): WorkIssue {
  return {
    id: String(10000 + Number(overrides.key.split('-')[1] ?? 0)),
    summary: `Summary of ${overrides.key}`,
    projectKey: overrides.key.split('-')[0] ?? 'SHOP',
    issueType: overrides.isEpic ? 'Epic' : 'Story',
    isEpic: false,
    statusCategory: 'new',
    krIds: [],
    ...overrides,
  };
}

export function checkIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: 'ci-1',
    keyResultId: 'kr-1',
    atIso: '2026-10-05T09:00:00.000Z',
    byAccountId: 'user-alex',
    confidence: 'on-track',
    note: '',
    ...overrides,
  };
}
