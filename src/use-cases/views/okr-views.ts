import type { CheckIn } from '../../domain/check-in';
import { type KeyResult, keyResultProgress, metricDirection } from '../../domain/key-result';
import type { Objective } from '../../domain/objective';
import { objectiveProgressPercent, type Progress, roundTo } from '../../domain/progress';
import type { KeyResultWork } from '../../domain/work-rollup';
import type { CheckInView, KeyResultView, ObjectiveView, UserView } from '../../shared/contract';
import type { WorkSnapshot } from '../ports/progress-snapshots';

/** Work as the views need it: a live roll-up or a stored snapshot of one. */
export type WorkFigures = Pick<KeyResultWork, 'totalIssues' | 'doneIssues' | 'totalStoryPoints' | 'doneStoryPoints' | 'unestimatedIssues'> &
  Partial<Pick<KeyResultWork, 'issues'>>;

export interface ViewSources {
  work: ReadonlyMap<string, WorkFigures>;
  /**
   * Names of the people views mention. Absent on the issue surfaces, which show no people, so
   * they spend no Jira request on names: key results then carry no owner and no check-ins.
   */
  users?: ReadonlyMap<string, UserView>;
}

export function userView(users: ReadonlyMap<string, UserView> | undefined, accountId: string): UserView {
  return users?.get(accountId) ?? { accountId, displayName: 'Unknown user' };
}

function progressOf(keyResult: KeyResult, sources: ViewSources): Progress {
  return keyResultProgress(keyResult, sources.work.get(keyResult.id));
}

export function keyResultView(keyResult: KeyResult, sources: ViewSources): KeyResultView {
  const work = sources.work.get(keyResult.id);
  const progress = progressOf(keyResult, sources);
  const { measure } = keyResult;
  const { users } = sources;
  return {
    id: keyResult.id,
    objectiveId: keyResult.objectiveId,
    title: keyResult.title,
    ...(keyResult.ownerAccountId && users ? { owner: userView(users, keyResult.ownerAccountId) } : {}),
    weight: keyResult.weight,
    confidence: keyResult.confidence,
    kind: measure.kind,
    ...(measure.kind === 'metric'
      ? { metric: { baseline: measure.baseline, target: measure.target, current: measure.current, unit: measure.unit, direction: metricDirection(measure) } }
      : { work: workSummary(work) }),
    progress: { percent: progress.percent, rawPercent: roundTo(progress.ratio * 100, 2), done: progress.done },
    checkIns: users ? (keyResult.recentCheckIns ?? []).map((checkIn) => checkInView(checkIn, users)) : [],
    issues: work?.issues ?? [],
  };
}

export function objectiveView(objective: Objective, keyResults: readonly KeyResult[], sources: ViewSources): ObjectiveView {
  const progressPercent = objectiveProgressPercent(keyResults.map((keyResult) => ({ weight: keyResult.weight, progress: progressOf(keyResult, sources) })));
  return {
    id: objective.id,
    title: objective.title,
    description: objective.description,
    owner: userView(sources.users, objective.ownerAccountId),
    level: objective.level,
    ...(objective.parentObjectiveId ? { parentObjectiveId: objective.parentObjectiveId } : {}),
    cycle: objective.cycle,
    projectKeys: objective.projectKeys,
    progressPercent: progressPercent ?? null,
    keyResults: keyResults.map((keyResult) => keyResultView(keyResult, sources)),
  };
}

export function checkInView(checkIn: CheckIn, users: ReadonlyMap<string, UserView>): CheckInView {
  return {
    id: checkIn.id,
    atIso: checkIn.atIso,
    by: userView(users, checkIn.byAccountId),
    ...(checkIn.value === undefined ? {} : { value: checkIn.value }),
    ...(checkIn.previousValue === undefined ? {} : { previousValue: checkIn.previousValue }),
    confidence: checkIn.confidence,
    note: checkIn.note,
  };
}

export function snapshotOf(work: KeyResultWork, atIso: string): WorkSnapshot {
  return { ...workSummary(work), keyResultId: work.keyResultId, epicKeys: [...work.epicKeys].sort(), atIso };
}

function workSummary(work: WorkFigures | undefined): Omit<WorkSnapshot, 'keyResultId' | 'atIso' | 'epicKeys'> {
  return {
    totalIssues: work?.totalIssues ?? 0,
    doneIssues: work?.doneIssues ?? 0,
    totalStoryPoints: work?.totalStoryPoints ?? 0,
    doneStoryPoints: work?.doneStoryPoints ?? 0,
    unestimatedIssues: work?.unestimatedIssues ?? 0,
  };
}
