import { assertValidKeyResult, type KeyResult } from '../domain/key-result';
import { DomainError } from '../domain/domain-error';
import type { KeyResultView, ResolverContract } from '../shared/contract';
import type { AppDeps } from './app-deps';
import { requireProjectAccess } from './authorize';
import { getKeyResultInProject } from './okr-tree';
import { storedKeyResultView } from './views/stored-views';

export type KeyResultChanges = ResolverContract['updateKeyResult']['input']['changes'];

/** Edits a key result's title, owner, weight, confidence, or a metric's target and unit (values change by check-in). */
export async function updateKeyResult(deps: AppDeps, projectKey: string, keyResultId: string, changes: KeyResultChanges): Promise<KeyResultView> {
  await requireProjectAccess(deps.jira, projectKey, 'edit');
  const { keyResult } = await getKeyResultInProject(deps.okrs, keyResultId, projectKey);
  const { measure } = keyResult;
  if (measure.kind !== 'metric' && (changes.target !== undefined || changes.unit !== undefined)) {
    throw new DomainError('Only a metric key result has a target and unit.', 'target');
  }
  const next: KeyResult = {
    ...keyResult,
    ...(changes.title === undefined ? {} : { title: changes.title.trim() }),
    ...(changes.ownerAccountId === undefined ? {} : { ownerAccountId: changes.ownerAccountId }),
    ...(changes.weight === undefined ? {} : { weight: changes.weight }),
    ...(changes.confidence === undefined ? {} : { confidence: changes.confidence }),
    measure:
      measure.kind === 'metric'
        ? {
            ...measure,
            ...(changes.target === undefined ? {} : { target: changes.target }),
            ...(changes.unit === undefined ? {} : { unit: changes.unit.trim() }),
          }
        : measure,
    updatedAtIso: deps.clock.now().toISOString(),
  };
  assertValidKeyResult(next);
  await deps.okrs.saveKeyResult(next);
  return storedKeyResultView(deps, next);
}
