import type { SiteData, SiteIssue } from '../../local/jira-emulator';

/** The estimation field of the CSV sites' board ("Story point estimate"). */
const POINTS_FIELD = 'customfield_10016';

/**
 * The main-loop scenario on the real Spring XD data: in the active sprint, an open estimated story
 * under an epic (it will support the key result only through the epic) and an open estimated story
 * outside that epic (linked directly).
 */
export function pickScenario(site: SiteData) {
  const active = site.sprints.find((sprint) => sprint.state === 'active');
  if (!active) throw new Error('The XD site has no active sprint');
  const open = site.issues.filter(
    (issue) =>
      issue.sprintIds.includes(active.id) && issue.issueType !== 'Epic' && issue.status.category !== 'done' && (issue.estimates[POINTS_FIELD] ?? 0) > 0,
  );
  const throughEpic = open.find((issue) => issue.parentKey !== undefined);
  const epic = site.issues.find((issue) => issue.key === throughEpic?.parentKey);
  const direct = open.find((issue) => issue.parentKey !== epic?.key);
  if (!throughEpic || !epic || !direct) throw new Error('No epic child and independent story to use in the XD active sprint');
  return { active, epic, throughEpic, direct };
}

export type Scenario = ReturnType<typeof pickScenario>;

/** What the key result must show, computed from the dataset itself once the two stories are done. */
export function expectedFigures(site: SiteData, scenario: Scenario) {
  const doneKeys = new Set([scenario.direct.key, scenario.throughEpic.key]);
  const isDone = (issue: SiteIssue) => issue.status.category === 'done' || doneKeys.has(issue.key);
  const supporting = site.issues.filter((issue) => issue.key === scenario.direct.key || issue.parentKey === scenario.epic.key);
  const points = (issues: SiteIssue[]) => Math.round(issues.reduce((sum, issue) => sum + (issue.estimates[POINTS_FIELD] ?? 0), 0) * 1e4) / 1e4;
  const after = points(supporting.filter(isDone));
  const moved = points(supporting.filter((issue) => isDone(issue) && issue.sprintIds.includes(scenario.active.id)));
  const total = points(supporting);
  return { after, moved, before: after - moved, total, percent: Math.round((after / total) * 10000) / 100 };
}
