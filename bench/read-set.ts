import type { SiteIssue } from '../local/jira-emulator';
import { linkedKrIds } from './okr-plan';

/**
 * N of the project page goal: the issues it must read for these key results, i.e. the issues
 * linked to one of them plus the children of the linked epics, each counted once.
 */
export function pageReadSet(issues: readonly SiteIssue[], keyResultIds: ReadonlySet<string>): number {
  const linked = issues.filter((issue) => linkedKrIds(issue).some((id) => keyResultIds.has(id)));
  const linkedEpics = new Set(linked.filter((issue) => issue.issueType === 'Epic').map((issue) => issue.key));
  const read = new Set(linked.map((issue) => issue.key));
  for (const issue of issues) if (issue.parentKey !== undefined && linkedEpics.has(issue.parentKey)) read.add(issue.key);
  return read.size;
}
