/** Shapes the host API sends to the host page (shared by server and browser code). */
export interface UiModule {
  key: string;
  type: string;
  title: string;
  label?: string;
  /** jira:issueContext `status`: `{ type: 'lozenge' | 'badge', value: { label, type } }`. */
  status?: { type?: string; value?: { label?: string; type?: string } };
  resourceKey: string;
  render: 'native' | 'custom';
  /** Modal size of action modules (small, medium, large, xlarge). */
  viewportSize?: string;
}

export interface IssueSummary {
  id: string;
  key: string;
  projectKey: string;
  summary: string;
  typeName: string;
  typeId: string;
  status: { name: string; category: string };
  points?: number;
  sprintIds: number[];
  parentKey?: string;
  assignee?: string;
}

export interface SprintSummary {
  id: number;
  boardId: number;
  name: string;
  state: string;
  goal?: string;
  startDate?: string;
  endDate?: string;
}

export interface SiteSummary {
  cloudId: string;
  siteUrl: string;
  jira: string;
  users: Array<{ accountId: string; displayName: string }>;
  projects: Array<{ id: string; key: string; name: string; type: string }>;
  boards: Array<{ id: number; name: string; projectKey: string }>;
  sprints: SprintSummary[];
  issues: IssueSummary[];
  modules: UiModule[];
}

export interface IssueDetail extends IssueSummary {
  project: { id: string; key: string; type: string };
  transitions: Array<{ id: string; name: string; to: string }>;
  fields: Record<string, string>;
}
