import { applyCheckIn, type CheckInInput } from '../domain/check-in';
import type { KeyResultView } from '../shared/contract';
import type { AppDeps, Caller } from './app-deps';
import { requireProjectAccess } from './authorize';
import { getKeyResultInProject } from './okr-tree';
import { storedKeyResultView } from './views/stored-views';

/** Records a check-in: the new value (metrics), confidence and note, kept in the history. */
export async function checkInKeyResult(deps: AppDeps, caller: Caller, projectKey: string, keyResultId: string, input: CheckInInput): Promise<KeyResultView> {
  await requireProjectAccess(deps.jira, projectKey, 'edit');
  const { keyResult } = await getKeyResultInProject(deps.okrs, keyResultId, projectKey);
  const applied = applyCheckIn(keyResult, input, { id: deps.ids.next('ci'), atIso: deps.clock.now().toISOString(), byAccountId: caller.accountId });
  await deps.okrs.saveCheckIn(applied.keyResult, applied.checkIn);
  return storedKeyResultView(deps, applied.keyResult);
}
