/** The content of an emulated Jira Cloud site: what a dataset provides and the emulator serves. */

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';
export type IssueTypeName = 'Epic' | 'Story' | 'Task' | 'Bug' | 'Improvement';
export type SprintState = 'future' | 'active' | 'closed';
/** 'everyone' covers every user of the site; the app itself (asApp) always has access. */
export type AccountAccess = string[] | 'everyone';

export interface SiteUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
}

export interface SiteProject {
  id: string;
  key: string;
  name: string;
  style: 'classic' | 'next-gen';
  browseAccountIds: AccountAccess;
  editAccountIds: AccountAccess;
}

export interface SiteBoard {
  id: number;
  name: string;
  projectKey: string;
  type: 'scrum';
  estimationFieldId: string;
}

export interface SiteSprint {
  id: number;
  boardId: number;
  name: string;
  state: SprintState;
  goal?: string;
  startDate?: string;
  endDate?: string;
  completeDate?: string;
}

export interface SiteIssue {
  id: string;
  key: string;
  projectKey: string;
  issueType: IssueTypeName;
  summary: string;
  status: { name: string; category: StatusCategoryKey };
  parentKey?: string;
  sprintIds: number[];
  /** Estimates by field id (the board's estimation field, or the other story point field). */
  estimates: Record<string, number>;
  components: string[];
  created: string;
  assigneeAccountId?: string;
  properties: Record<string, unknown>;
}

export interface SiteData {
  users: SiteUser[];
  projects: SiteProject[];
  storyPointFields: { storyPoints: string; storyPointEstimate: string };
  sprintFieldId: string;
  boards: SiteBoard[];
  sprints: SiteSprint[];
  issues: SiteIssue[];
}
