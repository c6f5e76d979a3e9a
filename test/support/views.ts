import type { KeyResultView, LedgerEntryView, ObjectiveView, ProjectPageView, SprintMovementView, UserView } from '../../src/shared/contract';

export const ada: UserView = { accountId: 'acc-ada', displayName: 'Ada Lovelace' };
export const grace: UserView = { accountId: 'acc-grace', displayName: 'Grace Hopper' };

export const q3 = { label: '2026 Q3', startDate: '2026-07-01', endDate: '2026-09-30' };
export const q4 = { label: '2026 Q4', startDate: '2026-10-01', endDate: '2026-12-31' };

export function aKeyResult(overrides: Partial<KeyResultView> & Pick<KeyResultView, 'id' | 'objectiveId'>): KeyResultView {
  return {
    title: `Key result ${overrides.id}`,
    owner: ada,
    weight: 1,
    confidence: 'on-track',
    kind: 'issues',
    work: { totalIssues: 4, doneIssues: 1, totalStoryPoints: 0, doneStoryPoints: 0, unestimatedIssues: 4 },
    progress: { percent: 25, rawPercent: 25, done: false },
    checkIns: [],
    issues: [],
    ...overrides,
  };
}

export function anObjective(overrides: Partial<ObjectiveView> & Pick<ObjectiveView, 'id'>): ObjectiveView {
  return {
    title: `Objective ${overrides.id}`,
    description: '',
    owner: ada,
    level: 'team',
    cycle: q4,
    projectKeys: ['SHOP'],
    progressPercent: null,
    keyResults: [],
    ...overrides,
  };
}

export function aLedgerEntry(overrides: Partial<LedgerEntryView> & Pick<LedgerEntryView, 'sprintId' | 'keyResultId'>): LedgerEntryView {
  return {
    sprintName: `Sprint ${overrides.sprintId}`,
    completeDateIso: '2026-10-14T16:00:00.000Z',
    objectiveId: 'obj-checkout',
    kind: 'issues',
    unit: 'issues',
    before: 0,
    after: 1,
    delta: 1,
    progressBeforePercent: 0,
    progressAfterPercent: 25,
    movedIssues: [],
    movedStoryPoints: 0,
    ...overrides,
  };
}

/** A project mid-quarter: nested objectives, each kind of key result, two closed sprints. */
export function aProjectPageView(overrides: Partial<ProjectPageView> = {}): ProjectPageView {
  const checkout = anObjective({
    id: 'obj-checkout',
    title: 'Make checkout effortless',
    level: 'department',
    progressPercent: 54,
    keyResults: [
      aKeyResult({
        id: 'kr-time',
        objectiveId: 'obj-checkout',
        title: 'Cut checkout time to 30 s',
        kind: 'metric',
        work: undefined,
        metric: { baseline: 80, target: 30, current: 45, unit: 's', direction: 'decrease' },
        progress: { percent: 70, rawPercent: 70, done: false },
        confidence: 'at-risk',
        checkIns: [
          { id: 'ci-1', atIso: '2026-10-20T09:00:00.000Z', by: grace, value: 45, previousValue: 60, confidence: 'at-risk', note: 'Payment step still slow' },
        ],
      }),
      aKeyResult({
        id: 'kr-one-click',
        objectiveId: 'obj-checkout',
        title: 'Ship one-click payments',
        kind: 'issues',
        work: { totalIssues: 8, doneIssues: 3, totalStoryPoints: 0, doneStoryPoints: 0, unestimatedIssues: 8 },
        progress: { percent: 37.5, rawPercent: 37.5, done: false },
        issues: [
          { key: 'SHOP-12', summary: 'Store card tokens', statusCategory: 'done', via: 'direct' },
          { key: 'SHOP-14', summary: 'One-click button', statusCategory: 'indeterminate', storyPoints: 3, via: 'epic', epicKey: 'SHOP-1' },
        ],
      }),
    ],
  });
  const failures = anObjective({
    id: 'obj-failures',
    title: 'Reduce payment failures',
    parentObjectiveId: 'obj-checkout',
    owner: grace,
    progressPercent: 100,
    keyResults: [
      aKeyResult({
        id: 'kr-conversion',
        objectiveId: 'obj-failures',
        title: 'Raise conversion to 3.6 %',
        kind: 'metric',
        work: undefined,
        metric: { baseline: 2, target: 3.6, current: 4, unit: '%', direction: 'increase' },
        progress: { percent: 100, rawPercent: 125, done: true },
      }),
    ],
  });
  const platform = anObjective({ id: 'obj-platform', title: 'Modernise the platform', parentObjectiveId: 'company-goal-9', progressPercent: null });
  const api = anObjective({
    id: 'obj-api',
    title: 'Stabilise the public API',
    parentObjectiveId: 'obj-platform',
    level: 'individual',
    progressPercent: 62,
    keyResults: [
      aKeyResult({
        id: 'kr-points',
        objectiveId: 'obj-api',
        title: 'Finish the API hardening epic',
        kind: 'storyPoints',
        work: { totalIssues: 9, doneIssues: 5, totalStoryPoints: 21, doneStoryPoints: 13, unestimatedIssues: 2 },
        progress: { percent: 62, rawPercent: 62, done: false },
        confidence: 'off-track',
      }),
    ],
  });
  return {
    projectKey: 'SHOP',
    canEdit: true,
    cycles: [q3, q4],
    cycle: q4,
    objectives: [api, checkout, failures, platform],
    sprints: [sprint41(), sprint42()],
    users: [ada, grace],
    parentOptions: [{ id: 'company-goal-9', title: 'Be the fastest shop in Europe', level: 'company' }],
    ...overrides,
  };
}

function sprint41(): SprintMovementView {
  return {
    sprintId: '41',
    sprintName: 'SHOP Sprint 41',
    completeDateIso: '2026-10-14T16:00:00.000Z',
    entries: [
      aLedgerEntry({
        sprintId: '41',
        sprintName: 'SHOP Sprint 41',
        keyResultId: 'kr-time',
        kind: 'metric',
        unit: 's',
        before: 80,
        after: 60,
        delta: -20,
        progressBeforePercent: 0,
        progressAfterPercent: 40,
      }),
    ],
  };
}

function sprint42(): SprintMovementView {
  return {
    sprintId: '42',
    sprintName: 'SHOP Sprint 42',
    completeDateIso: '2026-10-28T16:00:00.000Z',
    entries: [
      aLedgerEntry({
        sprintId: '42',
        sprintName: 'SHOP Sprint 42',
        completeDateIso: '2026-10-28T16:00:00.000Z',
        keyResultId: 'kr-points',
        objectiveId: 'obj-api',
        kind: 'storyPoints',
        unit: 'pts',
        before: 5,
        after: 13,
        delta: 8,
        progressBeforePercent: 24,
        progressAfterPercent: 62,
        movedIssues: [
          { key: 'SHOP-31', summary: 'Rate limit the API', statusCategory: 'done', storyPoints: 5, via: 'epic', epicKey: 'SHOP-30' },
          { key: 'SHOP-32', summary: 'Pagination', statusCategory: 'done', storyPoints: 3, via: 'epic', epicKey: 'SHOP-30' },
        ],
        movedStoryPoints: 8,
      }),
    ],
  };
}
