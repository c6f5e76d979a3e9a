import { DomainError } from '../domain/domain-error';
import type { AppDeps } from './app-deps';
import { requireProjectAccess } from './authorize';
import { getObjectiveInProject } from './okr-tree';

/** Deletes an objective with its key results and check-ins; refused while child objectives hang off it. */
export async function deleteObjective(deps: AppDeps, projectKey: string, objectiveId: string): Promise<{ deleted: string }> {
  await requireProjectAccess(deps.jira, projectKey, 'edit');
  await getObjectiveInProject(deps.okrs, objectiveId, projectKey);
  const children = (await deps.okrs.listObjectives()).filter((objective) => objective.parentObjectiveId === objectiveId);
  if (children.length > 0) {
    throw new DomainError(`Objective has ${children.length} child objective(s) (${children.map((c) => c.title).join(', ')}): move or delete them first.`);
  }
  await deps.okrs.deleteObjective(objectiveId);
  return { deleted: objectiveId };
}
