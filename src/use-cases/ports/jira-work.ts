import type { WorkIssue } from '../../domain/work-rollup';
import type { OkrLinksV1 } from '../../shared/issue-property';

export interface ProjectPermissions {
  browse: boolean;
  edit: boolean;
}

export interface ScopedWork {
  issues: WorkIssue[];
  parents: WorkIssue[];
}

export interface SprintInfo {
  id: string;
  name: string;
  state: 'future' | 'active' | 'closed';
  boardId?: string;
  startDateIso?: string;
  completeDateIso?: string;
}

export interface JiraUser {
  accountId: string;
  displayName: string;
}

/** What the app reads from and writes to Jira, as the acting user (resolvers) or the app (events). */
export interface JiraWork {
  getProjectPermissions(projectKey: string): Promise<ProjectPermissions>;
  /** Which of these projects the acting user may browse. */
  filterBrowsableProjects(projectKeys: readonly string[]): Promise<Set<string>>;
  /** The issue with its links, and its parent epic if it has one: at most two requests. */
  getIssueWithEpic(issueKey: string): Promise<{ issue: WorkIssue; epic?: WorkIssue }>;
  /**
   * Every issue linked to one of the key results, plus the children of linked epics.
   * `knownEpicKeys` (from the last roll-up) lets linked issues and children come in one search.
   */
  listLinkedWork(keyResultIds: readonly string[], knownEpicKeys?: readonly string[]): Promise<WorkIssue[]>;
  /** The sprint's issues, and their parents outside it (to see links carried by an epic). */
  listSprintWork(sprintId: string, boardId?: string): Promise<ScopedWork>;
  /** Issues in the board's backlog, and their parents outside it. */
  listBacklogWork(boardId: string): Promise<ScopedWork>;
  getSprint(sprintId: string): Promise<SprintInfo>;
  writeLinks(issue: { id: string; key: string }, links: OkrLinksV1): Promise<void>;
  listUsers(accountIds: readonly string[]): Promise<JiraUser[]>;
}
