import type { HostJira } from './host-jira';
import type { IssueSummary, SiteSummary, SprintSummary } from './site-types';

interface Page<T> {
  values?: T[];
  isLast?: boolean;
}
interface JiraProject {
  id: string;
  key: string;
  name: string;
  projectTypeKey?: string;
}
interface JiraBoard {
  id: number;
  name: string;
  location?: { projectKey?: string };
}
interface JiraSprint {
  id: number;
  name: string;
  state: string;
  goal?: string;
  startDate?: string;
  endDate?: string;
  originBoardId?: number;
}
export interface JiraField {
  id: string;
  name?: string;
  schema?: { custom?: string };
}
export interface JiraIssue {
  id: string;
  key: string;
  fields: Record<string, unknown>;
}

export const SPRINT_FIELD = 'com.pyxis.greenhopper.jira:gh-sprint';

async function allPages<T>(jira: HostJira, path: string, accountId: string | undefined): Promise<T[]> {
  const values: T[] = [];
  for (let startAt = 0; ; startAt += 50) {
    const page = await jira.get<Page<T>>(`${path}${path.includes('?') ? '&' : '?'}startAt=${startAt}&maxResults=50`, accountId);
    values.push(...(page.values ?? []));
    if (page.isLast !== false || (page.values ?? []).length === 0) return values;
  }
}

export function toIssue(issue: JiraIssue, sprintField: string | undefined, pointsField: string | undefined): IssueSummary {
  const f = issue.fields;
  const type = f['issuetype'] as { name?: string; id?: string } | undefined;
  const status = f['status'] as { name?: string; statusCategory?: { key?: string } } | undefined;
  const sprints = (sprintField ? (f[sprintField] as Array<{ id: number }> | null | undefined) : undefined) ?? [];
  const summary: IssueSummary = {
    id: issue.id,
    key: issue.key,
    projectKey: issue.key.split('-')[0] ?? '',
    summary: typeof f['summary'] === 'string' ? f['summary'] : '',
    typeName: type?.name ?? 'Task',
    typeId: type?.id ?? '',
    status: { name: status?.name ?? '', category: status?.statusCategory?.key ?? 'new' },
    sprintIds: sprints.map((s) => s.id),
  };
  const points = pointsField ? f[pointsField] : undefined;
  if (typeof points === 'number') summary.points = points;
  const parent = f['parent'] as { key?: string } | undefined;
  if (parent?.key) summary.parentKey = parent.key;
  const assignee = f['assignee'] as { displayName?: string } | null | undefined;
  if (assignee?.displayName) summary.assignee = assignee.displayName;
  return summary;
}

async function projectIssues(jira: HostJira, accountId: string | undefined, projectKey: string, fields: string[]): Promise<JiraIssue[]> {
  const issues: JiraIssue[] = [];
  let nextPageToken: string | undefined;
  do {
    const body = { jql: `project = "${projectKey}" ORDER BY created ASC`, fields, maxResults: 100, ...(nextPageToken ? { nextPageToken } : {}) };
    const page = await jira.call<{ issues: JiraIssue[]; nextPageToken?: string }>('POST', '/rest/api/3/search/jql', accountId, body);
    issues.push(...page.issues);
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);
  return issues;
}

export type SiteBasics = Pick<SiteSummary, 'cloudId' | 'siteUrl' | 'jira' | 'users' | 'modules'>;

/**
 * What the host page shows, read through Jira's REST API as the acting user (so a user who
 * cannot browse a project does not see it), from the emulator or a real site alike.
 */
export async function loadSiteSummary(jira: HostJira, accountId: string | undefined, basics: SiteBasics, onlyProject?: string): Promise<SiteSummary> {
  const projects = await allPages<JiraProject>(jira, '/rest/api/3/project/search', accountId);
  const boards = await allPages<JiraBoard>(jira, '/rest/agile/1.0/board', accountId);
  const fields = await jira.get<JiraField[]>('/rest/api/3/field', accountId);
  const sprintField = fields.find((f) => f.schema?.custom === SPRINT_FIELD)?.id;
  const sprints: SprintSummary[] = [];
  const pointsByProject = new Map<string, string>();
  for (const board of boards) {
    const list = await allPages<JiraSprint>(jira, `/rest/agile/1.0/board/${board.id}/sprint`, accountId);
    sprints.push(
      ...list.map((s) => ({
        id: s.id,
        boardId: board.id,
        name: s.name,
        state: s.state,
        ...(s.goal ? { goal: s.goal } : {}),
        ...(s.startDate ? { startDate: s.startDate } : {}),
        ...(s.endDate ? { endDate: s.endDate } : {}),
      })),
    );
    const config = await jira.get<{ estimation?: { field?: { fieldId?: string } } }>(`/rest/agile/1.0/board/${board.id}/configuration`, accountId);
    const projectKey = board.location?.projectKey;
    if (projectKey && config.estimation?.field?.fieldId) pointsByProject.set(projectKey, config.estimation.field.fieldId);
  }
  const issues: IssueSummary[] = [];
  for (const project of projects.filter((p) => !onlyProject || p.key === onlyProject)) {
    const pointsField = pointsByProject.get(project.key);
    const wanted = ['summary', 'status', 'issuetype', 'parent', 'assignee', ...(sprintField ? [sprintField] : []), ...(pointsField ? [pointsField] : [])];
    issues.push(...(await projectIssues(jira, accountId, project.key, wanted)).map((i) => toIssue(i, sprintField, pointsField)));
  }
  return {
    ...basics,
    projects: projects.map((p) => ({ id: p.id, key: p.key, name: p.name, type: p.projectTypeKey ?? 'software' })),
    boards: boards.map((b) => ({ id: b.id, name: b.name, projectKey: b.location?.projectKey ?? '' })),
    sprints,
    issues,
  };
}
