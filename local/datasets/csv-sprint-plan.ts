import type { SiteSprint } from '../jira-emulator/site-data';

/** How the sprints of a CSV site are derived; csv-site.ts documents the rules in full. */

export const SPRINT_MS = 14 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PlannedIssue {
  key: string;
  createdMs: number;
}

export interface SprintPlan {
  sprints: SiteSprint[];
  /** Sprint id per planned issue key; backlog issues are absent. */
  sprintOf: Map<string, number>;
  activeSprintId: number;
  futureSprintId: number;
}

/** The current plan at the end of the file: newest issues in the backlog, then the future sprint, then the active one. */
export function tailSizes(count: number): { backlog: number; future: number; active: number } {
  return { backlog: Math.min(10, Math.floor(count * 0.1)), future: Math.min(10, Math.floor(count * 0.1)), active: Math.min(40, Math.floor(count * 0.4)) };
}

/** `issues` are the non-epic issues sorted by creation time. */
export function planSprints(projectKey: string, boardId: number, issues: PlannedIssue[]): SprintPlan {
  const first = issues[0];
  const last = issues[issues.length - 1];
  if (!first || !last) throw new Error('a CSV site needs at least one non-epic issue');
  const anchorMs = Math.floor(first.createdMs / DAY_MS) * DAY_MS;
  const cadenceIndex = (ms: number) => Math.floor((ms - anchorMs) / SPRINT_MS) + 1;
  const activeIndex = cadenceIndex(last.createdMs);
  const sizes = tailSizes(issues.length);
  const closedCount = issues.length - sizes.backlog - sizes.future - sizes.active;
  const closedIssues = issues.slice(0, closedCount);
  const activeIssues = issues.slice(closedCount, closedCount + sizes.active);
  const futureIssues = issues.slice(closedCount + sizes.active, closedCount + sizes.active + sizes.future);

  const byIndex = new Map<number, string[]>();
  closedIssues.forEach((issue) => {
    const index = Math.min(cadenceIndex(issue.createdMs), activeIndex - 1);
    byIndex.set(index, [...(byIndex.get(index) ?? []), issue.key]);
  });
  const sprints: SiteSprint[] = [];
  const sprintOf = new Map<string, number>();
  const add = (sprint: Omit<SiteSprint, 'id' | 'boardId' | 'name'>, keys: string[]) => {
    const id = sprints.length + 1;
    sprints.push({ id, boardId, name: `${projectKey} Sprint ${id}`, ...sprint });
    keys.forEach((key) => sprintOf.set(key, id));
    return id;
  };
  const window = (index: number) => ({ startDate: iso(anchorMs + index * SPRINT_MS), endDate: iso(anchorMs + (index + 1) * SPRINT_MS) });
  [...byIndex.keys()]
    .sort((a, b) => a - b)
    .forEach((index) => {
      const dates = window(index);
      add({ state: 'closed', ...dates, completeDate: dates.endDate }, byIndex.get(index) ?? []);
    });
  const activeSprintId = add(
    { state: 'active', ...window(activeIndex) },
    activeIssues.map((issue) => issue.key),
  );
  const futureSprintId = add(
    { state: 'future' },
    futureIssues.map((issue) => issue.key),
  );
  return { sprints, sprintOf, activeSprintId, futureSprintId };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
