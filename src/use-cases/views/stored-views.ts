import type { KeyResult } from '../../domain/key-result';
import type { Objective } from '../../domain/objective';
import type { KeyResultView, ObjectiveView } from '../../shared/contract';
import type { AppDeps } from '../app-deps';
import { peopleOf, usersById } from '../people';
import { keyResultView, objectiveView, type ViewSources } from './okr-views';

/**
 * Views built from what is stored (issue work from the last snapshot), for the answers of
 * mutations and for the cheap surfaces that must not query all linked work.
 */
export async function storedSources(deps: AppDeps, keyResults: readonly KeyResult[], people: { accountIds: readonly string[] } | 'none'): Promise<ViewSources> {
  const work = await deps.snapshots.getMany(keyResults.filter((kr) => kr.measure.kind !== 'metric').map((kr) => kr.id));
  if (people === 'none') return { work };
  return { work, users: await usersById(deps, [...people.accountIds, ...peopleOf(keyResults)]) };
}

export async function storedKeyResultView(deps: AppDeps, keyResult: KeyResult): Promise<KeyResultView> {
  return keyResultView(keyResult, await storedSources(deps, [keyResult], { accountIds: [] }));
}

export async function storedObjectiveView(deps: AppDeps, objective: Objective): Promise<ObjectiveView> {
  const keyResults = (await deps.okrs.listKeyResults()).filter((kr) => kr.objectiveId === objective.id);
  return objectiveView(objective, keyResults, await storedSources(deps, keyResults, { accountIds: [objective.ownerAccountId] }));
}
