import { assertValidObjective, type Objective } from '../domain/objective';
import type { ObjectiveInput, ObjectiveView } from '../shared/contract';
import type { AppDeps } from './app-deps';
import { requireProjectAccess } from './authorize';
import { resolveProjectKeys } from './objective-projects';
import { getObjectiveInProject } from './okr-tree';
import { storedObjectiveView } from './views/stored-views';

/** Changes an objective's fields; a `parentObjectiveId` of null detaches it from its parent. */
export async function updateObjective(deps: AppDeps, projectKey: string, objectiveId: string, changes: Partial<ObjectiveInput>): Promise<ObjectiveView> {
  await requireProjectAccess(deps.jira, projectKey, 'edit');
  const current = await getObjectiveInProject(deps.okrs, objectiveId, projectKey);
  const { parentObjectiveId, ...rest } = current;
  const parent = changes.parentObjectiveId === undefined ? parentObjectiveId : (changes.parentObjectiveId ?? undefined);
  const next: Objective = {
    ...rest,
    ...(changes.title === undefined ? {} : { title: changes.title.trim() }),
    ...(changes.description === undefined ? {} : { description: changes.description.trim() }),
    ...(changes.level === undefined ? {} : { level: changes.level }),
    ...(changes.ownerAccountId === undefined ? {} : { ownerAccountId: changes.ownerAccountId }),
    ...(changes.cycle === undefined ? {} : { cycle: changes.cycle }),
    ...(parent === undefined ? {} : { parentObjectiveId: parent }),
    projectKeys: await resolveProjectKeys(deps, projectKey, current.projectKeys, changes.projectKeys),
    updatedAtIso: deps.clock.now().toISOString(),
  };
  const existing = new Map((await deps.okrs.listObjectives()).map((o) => [o.id, o]));
  assertValidObjective(next, next.id, existing);
  await deps.okrs.saveObjective(next);
  return storedObjectiveView(deps, next);
}
