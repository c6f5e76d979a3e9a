import { roundTo } from './progress';

export type StatusCategory = 'new' | 'indeterminate' | 'done';

/** A Jira issue as the roll-up needs it; `krIds` are the key results its own property links. */
export interface WorkIssue {
  id: string;
  key: string;
  summary: string;
  projectKey: string;
  issueType: string;
  /** Epics (hierarchy level 1) carry links down to their children and are not work themselves. */
  isEpic: boolean;
  statusCategory: StatusCategory;
  /** Undefined when the issue has no estimate in its board's estimation field. */
  storyPoints?: number;
  parentKey?: string;
  krIds: readonly string[];
  /** Every sprint the issue was in (an issue carried over keeps them all). */
  sprints?: readonly { id: string; startIso?: string }[];
}

export type SupportVia = 'direct' | 'epic';

export interface SupportingIssue {
  key: string;
  summary: string;
  statusCategory: StatusCategory;
  storyPoints?: number;
  via: SupportVia;
  /** The epic that carries the link when `via` is "epic". */
  epicKey?: string;
}

/** What the linked work of one key result adds up to. */
export interface KeyResultWork {
  keyResultId: string;
  issues: SupportingIssue[];
  totalIssues: number;
  doneIssues: number;
  totalStoryPoints: number;
  doneStoryPoints: number;
  unestimatedIssues: number;
  /** The linked epics that carry this key result (whether or not they have children yet). */
  epicKeys: string[];
}

/**
 * Which key results an issue supports, and how: its own links count as direct; the links of its
 * parent epic count as "through the epic" unless the issue also links the key result itself.
 */
export function supportOf(issue: WorkIssue, epicLinks: ReadonlyMap<string, readonly string[]>): Map<string, { via: SupportVia; epicKey?: string }> {
  const support = new Map<string, { via: SupportVia; epicKey?: string }>();
  const parentLinks = issue.parentKey === undefined ? undefined : epicLinks.get(issue.parentKey);
  for (const krId of parentLinks ?? []) support.set(krId, { via: 'epic', epicKey: issue.parentKey });
  for (const krId of issue.krIds) support.set(krId, { via: 'direct' });
  return support;
}

/** The links each epic in the set carries, by epic key. */
export function epicLinksOf(issues: readonly WorkIssue[]): Map<string, readonly string[]> {
  return new Map(issues.filter((issue) => issue.isEpic && issue.krIds.length > 0).map((epic) => [epic.key, epic.krIds]));
}

/**
 * Rolls the linked work up per key result. `issues` holds the linked issues, the linked epics and
 * their children; an issue reached twice (directly and through its epic) counts once.
 */
export function rollUpWork(issues: readonly WorkIssue[]): Map<string, KeyResultWork> {
  const epicLinks = epicLinksOf(issues);
  const byKeyResult = new Map<string, KeyResultWork>();
  const seen = new Set<string>();
  for (const [epicKey, krIds] of epicLinks) for (const krId of krIds) workFor(byKeyResult, krId).epicKeys.push(epicKey);
  for (const issue of issues) {
    if (issue.isEpic || seen.has(issue.key)) continue;
    seen.add(issue.key);
    for (const [krId, how] of supportOf(issue, epicLinks)) {
      addIssue(workFor(byKeyResult, krId), issue, how);
    }
  }
  return byKeyResult;
}

function workFor(byKeyResult: Map<string, KeyResultWork>, keyResultId: string): KeyResultWork {
  let work = byKeyResult.get(keyResultId);
  if (work === undefined) {
    work = emptyWork(keyResultId);
    byKeyResult.set(keyResultId, work);
  }
  return work;
}

function addIssue(work: KeyResultWork, issue: WorkIssue, how: { via: SupportVia; epicKey?: string }): void {
  const done = issue.statusCategory === 'done';
  work.issues.push({
    key: issue.key,
    summary: issue.summary,
    statusCategory: issue.statusCategory,
    via: how.via,
    ...(issue.storyPoints === undefined ? {} : { storyPoints: issue.storyPoints }),
    ...(how.epicKey === undefined ? {} : { epicKey: how.epicKey }),
  });
  work.totalIssues += 1;
  if (done) work.doneIssues += 1;
  if (issue.storyPoints === undefined) {
    work.unestimatedIssues += 1;
    return;
  }
  work.totalStoryPoints = roundTo(work.totalStoryPoints + issue.storyPoints, 4);
  if (done) work.doneStoryPoints = roundTo(work.doneStoryPoints + issue.storyPoints, 4);
}

/** A key result no issue supports (yet). */
export function emptyWork(keyResultId: string): KeyResultWork {
  return { keyResultId, issues: [], totalIssues: 0, doneIssues: 0, totalStoryPoints: 0, doneStoryPoints: 0, unestimatedIssues: 0, epicKeys: [] };
}
