import type { IssueTypeName, SiteData, SiteIssue, SiteSprint, StatusCategoryKey } from '../local/jira-emulator';
import { linkedKrIds, linkIssues, type OkrSet, planOkrs } from './okr-plan';
import { Prng } from './prng';

/** A site ready to benchmark: its Jira content, the OKRs to store, and where to point each surface. */
export interface BenchSite {
  name: string;
  site: SiteData;
  okrs: OkrSet;
  projectKey: string;
  boardId: number;
  /** Runs every resolver: may browse and edit the project. */
  accountId: string;
  /** A story linked itself and through its epic: the panel's most expensive case. */
  panelIssueKey: string;
  /** Sprints to plan and then close, in order; the first is active, the others future. */
  sprints: { id: number; size: number }[];
}

export interface SiteSpec {
  name: string;
  issues: number;
  keyResults: number;
  /** Issue counts of the sprints to measure (planner, sprint close). */
  sprintSizes: number[];
  seed: number;
  now: Date;
}

export const BENCH_PROJECT = 'BENCH';
export const ESTIMATE_FIELD = 'customfield_10016';
const CLASSIC_POINTS_FIELD = 'customfield_10026';
const SPRINT_COUNT = 50;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Shape of the site: a tenth epics, most stories under an epic, estimates on most work. */
const SHAPE = { epicShare: 0.1, parentedShare: 0.7, estimatedShare: 0.8, inClosedSprintShare: 0.6 };
const WORK_TYPES: IssueTypeName[] = ['Story', 'Story', 'Story', 'Story', 'Task', 'Bug', 'Improvement'];
const POINTS = [1, 2, 3, 5, 8, 13];
const STATUS_NAME: Record<StatusCategoryKey, string> = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' };

/**
 * One company-managed project holding every issue, with one scrum board estimating in "Story
 * point estimate" and 50 sprints: the worst case for the project page, whose reads grow with the
 * project. Same spec, same site.
 */
export function generateSite(spec: SiteSpec): BenchSite {
  const rng = new Prng(spec.seed);
  const users = Array.from({ length: 12 }, (_, i) => ({
    accountId: `bench-user-${i + 1}`,
    displayName: `Bench User ${i + 1}`,
    emailAddress: `user${i + 1}@bench.example`,
  }));
  const accountIds = users.map((user) => user.accountId);
  const issues = createIssues(spec, rng);
  const sprints = createSprints(spec, assignSprints(spec, issues, rng, accountIds), spec.now);
  const okrs = planOkrs({ projectKey: BENCH_PROJECT, keyResults: spec.keyResults, accountIds, now: spec.now, rng });
  linkIssues(issues, okrs, rng);
  const site: SiteData = {
    users,
    projects: [{ id: '10000', key: BENCH_PROJECT, name: 'Bench project', style: 'classic', browseAccountIds: 'everyone', editAccountIds: 'everyone' }],
    storyPointFields: { storyPoints: CLASSIC_POINTS_FIELD, storyPointEstimate: ESTIMATE_FIELD },
    sprintFieldId: 'customfield_10020',
    boards: [{ id: 1, name: 'Bench board', projectKey: BENCH_PROJECT, type: 'scrum', estimationFieldId: ESTIMATE_FIELD }],
    sprints,
    issues,
  };
  const measured = sprints
    .filter((sprint) => sprint.state !== 'closed')
    .map((sprint) => ({ id: sprint.id, size: issues.filter((issue) => issue.sprintIds.includes(sprint.id)).length }));
  return {
    name: spec.name,
    site,
    okrs,
    projectKey: BENCH_PROJECT,
    boardId: 1,
    accountId: accountIds[0] ?? '',
    panelIssueKey: panelIssue(issues),
    sprints: measured,
  };
}

function createIssues(spec: SiteSpec, rng: Prng): SiteIssue[] {
  const issues = Array.from({ length: spec.issues }, (_, i): SiteIssue => {
    const type: IssueTypeName = rng.chance(SHAPE.epicShare) ? 'Epic' : rng.pick(WORK_TYPES);
    const points = type !== 'Epic' && rng.chance(SHAPE.estimatedShare) ? rng.pick(POINTS) : undefined;
    return {
      id: String(10001 + i),
      key: `${BENCH_PROJECT}-${i + 1}`,
      projectKey: BENCH_PROJECT,
      issueType: type,
      summary: summaryFor(type, i + 1, rng),
      status: { name: 'To Do', category: 'new' },
      sprintIds: [],
      estimates: points === undefined ? {} : { [ESTIMATE_FIELD]: points },
      components: [],
      created: new Date(spec.now.getTime() - (spec.issues - i) * 10 * 60 * 1000).toISOString(),
      properties: {},
    };
  });
  const epics = issues.filter((issue) => issue.issueType === 'Epic');
  for (const issue of issues) {
    if (issue.issueType === 'Epic') issue.status = status(rng.pick<StatusCategoryKey>(['new', 'indeterminate', 'indeterminate', 'done']));
    else if (epics.length > 0 && rng.chance(SHAPE.parentedShare)) issue.parentKey = rng.pick(epics).key;
  }
  return issues;
}

/**
 * Work goes first to the measured sprints (sizes as asked), then a share into the closed sprints
 * (done), the rest to the backlog. Returns how many closed sprints there are.
 */
function assignSprints(spec: SiteSpec, issues: SiteIssue[], rng: Prng, accountIds: readonly string[]): number {
  const closedCount = SPRINT_COUNT - spec.sprintSizes.length;
  const pool = rng.shuffle(issues.filter((issue) => issue.issueType !== 'Epic'));
  let next = 0;
  spec.sprintSizes.forEach((size, i) => {
    for (const issue of pool.slice(next, next + size)) {
      issue.sprintIds = [closedCount + i + 1];
      issue.status = status(rng.pick<StatusCategoryKey>(['done', 'done', 'indeterminate', 'new']));
      issue.assigneeAccountId = rng.pick(accountIds);
    }
    next += size;
  });
  const rest = pool.slice(next);
  const closedShare = Math.floor(rest.length * SHAPE.inClosedSprintShare);
  rest.forEach((issue, i) => {
    if (i >= closedShare) return;
    issue.sprintIds = [(i % closedCount) + 1];
    issue.status = status('done');
    issue.assigneeAccountId = rng.pick(accountIds);
  });
  return closedCount;
}

/** Two-week sprints ending before `now`, then the measured ones: the first active, the rest future. */
function createSprints(spec: SiteSpec, closedCount: number, now: Date): SiteSprint[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  const closed = Array.from({ length: closedCount }, (_, i): SiteSprint => {
    const start = now.getTime() - 7 * DAY_MS - (closedCount - i) * 14 * DAY_MS;
    return {
      id: i + 1,
      boardId: 1,
      name: `Sprint ${i + 1}`,
      state: 'closed',
      startDate: iso(start),
      endDate: iso(start + 14 * DAY_MS),
      completeDate: iso(start + 14 * DAY_MS),
    };
  });
  const measured = spec.sprintSizes.map((size, i): SiteSprint => {
    const start = now.getTime() - 7 * DAY_MS + i * 14 * DAY_MS;
    return {
      id: closedCount + i + 1,
      boardId: 1,
      name: `Sprint ${closedCount + i + 1} (${size} issues)`,
      state: i === 0 ? 'active' : 'future',
      startDate: iso(start),
      endDate: iso(start + 14 * DAY_MS),
    };
  });
  return [...closed, ...measured];
}

/** Prefers a story with its own links under a linked epic; falls back to any work item. */
export function panelIssue(issues: readonly SiteIssue[]): string {
  const linkedEpics = new Set(issues.filter((issue) => issue.issueType === 'Epic' && linkedKrIds(issue).length > 0).map((issue) => issue.key));
  const work = issues.filter((issue) => issue.issueType !== 'Epic');
  const underLinkedEpic = work.filter((issue) => issue.parentKey !== undefined && linkedEpics.has(issue.parentKey));
  const best = underLinkedEpic.find((issue) => linkedKrIds(issue).length > 0) ?? underLinkedEpic[0] ?? work[0] ?? issues[0];
  if (!best) throw new Error('the site has no issues');
  return best.key;
}

function status(category: StatusCategoryKey): SiteIssue['status'] {
  return { name: STATUS_NAME[category], category };
}

const VERBS = ['Add', 'Fix', 'Speed up', 'Remove', 'Migrate', 'Document', 'Refactor', 'Harden'];
const NOUNS = [
  'checkout flow',
  'search index',
  'login page',
  'billing export',
  'mobile cache',
  'audit log',
  'rate limiter',
  'report builder',
  'webhook retries',
];

function summaryFor(type: IssueTypeName, number: number, rng: Prng): string {
  const extra = rng.chance(0.5) ? ` for ${rng.pick(NOUNS)} users` : '';
  return type === 'Epic' ? `${rng.pick(NOUNS)} overhaul (${number})` : `${rng.pick(VERBS)} ${rng.pick(NOUNS)}${extra} (${number})`;
}
