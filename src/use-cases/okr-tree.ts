import { NotFoundError } from '../domain/domain-error';
import type { KeyResult } from '../domain/key-result';
import type { Objective } from '../domain/objective';
import type { OkrRepository } from './ports/okr-repository';

/** The stored objectives and key results, indexed once per request. */
export interface OkrTree {
  objectives: Map<string, Objective>;
  keyResults: Map<string, KeyResult>;
  keyResultsOf(objectiveId: string): KeyResult[];
}

/** Some key results with their objectives, by id. */
export type OkrLookup = Pick<OkrTree, 'keyResults' | 'objectives'>;

/** Only the named key results and their objectives: surfaces about one issue need no more. */
export async function loadOkrsFor(okrs: OkrRepository, keyResultIds: Iterable<string>): Promise<OkrLookup> {
  const keyResults = await okrs.findKeyResults([...new Set(keyResultIds)]);
  const objectives = await okrs.findObjectives([...keyResults.values()].map((keyResult) => keyResult.objectiveId));
  return { keyResults, objectives };
}

export async function loadOkrTree(okrs: OkrRepository): Promise<OkrTree> {
  const [objectives, keyResults] = await Promise.all([okrs.listObjectives(), okrs.listKeyResults()]);
  const byObjective = new Map<string, KeyResult[]>();
  for (const keyResult of keyResults) {
    byObjective.set(keyResult.objectiveId, [...(byObjective.get(keyResult.objectiveId) ?? []), keyResult]);
  }
  for (const list of byObjective.values()) list.sort((a, b) => a.createdAtIso.localeCompare(b.createdAtIso));
  return {
    objectives: new Map(objectives.map((objective) => [objective.id, objective])),
    keyResults: new Map(keyResults.map((keyResult) => [keyResult.id, keyResult])),
    keyResultsOf: (objectiveId) => byObjective.get(objectiveId) ?? [],
  };
}

/** The objective, if it belongs to the project the caller works in. */
export async function getObjectiveInProject(okrs: OkrRepository, objectiveId: string, projectKey: string): Promise<Objective> {
  const objective = await okrs.findObjective(objectiveId);
  if (objective === undefined || !objective.projectKeys.includes(projectKey)) {
    throw new NotFoundError(`Objective ${objectiveId} does not exist in project ${projectKey}.`);
  }
  return objective;
}

export async function getKeyResultInProject(
  okrs: OkrRepository,
  keyResultId: string,
  projectKey: string,
): Promise<{ keyResult: KeyResult; objective: Objective }> {
  const keyResult = await okrs.findKeyResult(keyResultId);
  if (keyResult === undefined) throw new NotFoundError(`Key result ${keyResultId} does not exist.`);
  const objective = await getObjectiveInProject(okrs, keyResult.objectiveId, projectKey);
  return { keyResult, objective };
}
