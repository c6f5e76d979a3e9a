import type { AppDeps } from './app-deps';
import { refreshWork } from './refresh-work';

/**
 * After an issue changed in Jira (status, estimate, parent), brings the snapshots of the key
 * results it supports up to date, so the issue panel and context show the change without
 * waiting for someone to open the project page.
 */
export async function refreshIssueWork(deps: AppDeps, issueKey: string): Promise<{ issueKey: string; keyResultIds: string[] }> {
  const { issue, epic } = await deps.jira.getIssueWithEpic(issueKey);
  const supported = new Set([...issue.krIds, ...(epic?.krIds ?? [])]);
  if (supported.size === 0) return { issueKey, keyResultIds: [] };
  const keyResults = (await deps.okrs.listKeyResults()).filter((keyResult) => supported.has(keyResult.id) && keyResult.measure.kind !== 'metric');
  await refreshWork(deps, keyResults);
  return { issueKey, keyResultIds: keyResults.map((keyResult) => keyResult.id) };
}
