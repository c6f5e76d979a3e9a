import type { AppDeps } from './app-deps';
import { requireProjectAccess } from './authorize';
import { getKeyResultInProject } from './okr-tree';

/**
 * Deletes a key result and its check-ins. Issue properties that still name it are left as they
 * are (rewriting every linked issue would cost a request each); every view ignores unknown ids.
 */
export async function deleteKeyResult(deps: AppDeps, projectKey: string, keyResultId: string): Promise<{ deleted: string }> {
  await requireProjectAccess(deps.jira, projectKey, 'edit');
  await getKeyResultInProject(deps.okrs, keyResultId, projectKey);
  await deps.okrs.deleteKeyResult(keyResultId);
  return { deleted: keyResultId };
}
