import { assertValidKeyResult, type KeyResult, type Measure } from '../domain/key-result';
import type { KeyResultInput, KeyResultView, MeasureInput } from '../shared/contract';
import type { AppDeps, Caller } from './app-deps';
import { requireProjectAccess } from './authorize';
import { getObjectiveInProject } from './okr-tree';
import { storedKeyResultView } from './views/stored-views';

/** Adds a key result to an objective of the caller's project, owned by the caller unless someone else is named. A metric starts at its baseline. */
export async function createKeyResult(deps: AppDeps, caller: Caller, projectKey: string, input: KeyResultInput): Promise<KeyResultView> {
  await requireProjectAccess(deps.jira, projectKey, 'edit');
  await getObjectiveInProject(deps.okrs, input.objectiveId, projectKey);
  const nowIso = deps.clock.now().toISOString();
  const keyResult: KeyResult = {
    id: deps.ids.next('kr'),
    objectiveId: input.objectiveId,
    title: input.title.trim(),
    ownerAccountId: input.ownerAccountId ?? caller.accountId,
    weight: input.weight ?? 1,
    confidence: input.confidence ?? 'on-track',
    measure: measureFrom(input.measure),
    createdAtIso: nowIso,
    updatedAtIso: nowIso,
  };
  assertValidKeyResult(keyResult);
  await deps.okrs.saveKeyResult(keyResult);
  return storedKeyResultView(deps, keyResult);
}

function measureFrom(input: MeasureInput): Measure {
  if (input.kind !== 'metric') return { kind: input.kind };
  return { kind: 'metric', baseline: input.baseline, target: input.target, current: input.current ?? input.baseline, unit: input.unit.trim() };
}
