import { assertValidObjective, type Objective } from '../domain/objective';
import type { ObjectiveInput, ObjectiveView } from '../shared/contract';
import type { AppDeps, Caller } from './app-deps';
import { requireProjectAccess } from './authorize';
import { resolveProjectKeys } from './objective-projects';
import { storedObjectiveView } from './views/stored-views';

/** Creates an objective in the caller's project; the caller owns it unless someone else is named. */
export async function createObjective(deps: AppDeps, caller: Caller, projectKey: string, input: ObjectiveInput): Promise<ObjectiveView> {
  await requireProjectAccess(deps.jira, projectKey, 'edit');
  const nowIso = deps.clock.now().toISOString();
  const objective: Objective = {
    id: deps.ids.next('obj'),
    title: input.title.trim(),
    description: input.description?.trim() ?? '',
    ownerAccountId: input.ownerAccountId ?? caller.accountId,
    level: input.level,
    ...(input.parentObjectiveId ? { parentObjectiveId: input.parentObjectiveId } : {}),
    cycle: input.cycle,
    projectKeys: await resolveProjectKeys(deps, projectKey, [], input.projectKeys),
    createdAtIso: nowIso,
    updatedAtIso: nowIso,
  };
  const existing = new Map((await deps.okrs.listObjectives()).map((o) => [o.id, o]));
  assertValidObjective(objective, objective.id, existing);
  await deps.okrs.saveObjective(objective);
  return storedObjectiveView(deps, objective);
}
