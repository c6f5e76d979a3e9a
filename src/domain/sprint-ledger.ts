import type { KeyResult, MeasureKind } from './key-result';
import { metricProgress, roundTo, shareProgress } from './progress';
import type { KeyResultWork, SupportingIssue, WorkIssue } from './work-rollup';

/** A sprint as it closed. Ids are strings, as Jira's events carry them. */
export interface ClosedSprint {
  id: string;
  name: string;
  boardId?: string;
  startDateIso?: string;
  completeDateIso: string;
}

/**
 * Whether an issue was done when the sprint closed: done now, and not carried over into a sprint
 * that started later (an issue keeps every sprint it was in). A close processed late, or replayed,
 * so does not credit the sprint with work finished after it.
 */
export function doneAtClose(issue: WorkIssue, sprint: ClosedSprint): boolean {
  if (issue.statusCategory !== 'done') return false;
  const closedSprintStart = Date.parse(sprint.startDateIso ?? sprint.completeDateIso);
  return !(issue.sprints ?? []).some((other) => other.id !== sprint.id && other.startIso !== undefined && Date.parse(other.startIso) > closedSprintStart);
}

/** The work as it stood at the close: done issues that went on into later sprints read as in progress. */
export function asAtClose(issues: readonly WorkIssue[], sprint: ClosedSprint): WorkIssue[] {
  return issues.map((issue) => (issue.statusCategory === 'done' && !doneAtClose(issue, sprint) ? { ...issue, statusCategory: 'indeterminate' } : issue));
}

/** What one closed sprint did to one key result. */
export interface LedgerEntry {
  sprintId: string;
  sprintName: string;
  boardId?: string;
  completeDateIso: string;
  keyResultId: string;
  objectiveId: string;
  kind: MeasureKind;
  /** "story points", "issues", or the metric's own unit. */
  unit: string;
  before: number;
  after: number;
  delta: number;
  progressBeforePercent: number;
  progressAfterPercent: number;
  movedIssues: SupportingIssue[];
  movedStoryPoints: number;
}

export interface SprintLedgerInput {
  sprint: ClosedSprint;
  keyResults: readonly KeyResult[];
  /** Roll-up of every key result's linked work as Jira holds it at the close. */
  work: ReadonlyMap<string, KeyResultWork>;
  /** Keys of the sprint's issues whose status category was done when it closed. */
  completedIssueKeys: ReadonlySet<string>;
  /** A metric's value when the sprint started (from its check-in history). */
  metricValueAtStart: (keyResult: KeyResult) => number;
}

/**
 * One entry per key result the sprint moved. "After" is the key result at the close; "before"
 * takes the sprint's completed work back out, so the figures do not depend on a snapshot taken
 * when the sprint started. Metrics compare their check-ins at the sprint's start and close.
 */
export function sprintLedger(input: SprintLedgerInput): LedgerEntry[] {
  return input.keyResults.flatMap((keyResult) => {
    const work = input.work.get(keyResult.id);
    const moved = (work?.issues ?? []).filter((issue) => issue.statusCategory === 'done' && input.completedIssueKeys.has(issue.key));
    const figures = figuresFor(keyResult, work, moved, input);
    if (moved.length === 0 && figures.before === figures.after) return [];
    return [
      {
        sprintId: input.sprint.id,
        sprintName: input.sprint.name,
        ...(input.sprint.boardId === undefined ? {} : { boardId: input.sprint.boardId }),
        completeDateIso: input.sprint.completeDateIso,
        keyResultId: keyResult.id,
        objectiveId: keyResult.objectiveId,
        kind: keyResult.measure.kind,
        ...figures,
        delta: roundTo(figures.after - figures.before, 4),
        movedIssues: moved,
        movedStoryPoints: sumPoints(moved),
      },
    ];
  });
}

interface Figures {
  unit: string;
  before: number;
  after: number;
  progressBeforePercent: number;
  progressAfterPercent: number;
}

function figuresFor(keyResult: KeyResult, work: KeyResultWork | undefined, moved: SupportingIssue[], input: SprintLedgerInput): Figures {
  const { measure } = keyResult;
  switch (measure.kind) {
    case 'metric': {
      const before = input.metricValueAtStart(keyResult);
      return {
        unit: measure.unit,
        before,
        after: measure.current,
        progressBeforePercent: metricProgress(measure.baseline, measure.target, before).percent,
        progressAfterPercent: metricProgress(measure.baseline, measure.target, measure.current).percent,
      };
    }
    case 'issues': {
      const after = work?.doneIssues ?? 0;
      return shareFigures('issues', after - moved.length, after, work?.totalIssues ?? 0);
    }
    case 'storyPoints': {
      const after = work?.doneStoryPoints ?? 0;
      return shareFigures('story points', roundTo(after - sumPoints(moved), 4), after, work?.totalStoryPoints ?? 0);
    }
  }
}

function shareFigures(unit: string, before: number, after: number, total: number): Figures {
  return {
    unit,
    before,
    after,
    progressBeforePercent: shareProgress(before, total).percent,
    progressAfterPercent: shareProgress(after, total).percent,
  };
}

function sumPoints(issues: readonly SupportingIssue[]): number {
  return roundTo(
    issues.reduce((sum, issue) => sum + (issue.storyPoints ?? 0), 0),
    4,
  );
}
