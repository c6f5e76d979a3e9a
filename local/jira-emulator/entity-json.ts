import { APP_ACCOUNT, ISSUE_TYPES, statusCategoryInfo } from './jira-catalog';
import type { IssueTypeName, SiteBoard, SiteIssue, SiteProject, SiteSprint, SiteUser } from './site-data';
import type { SiteStore } from './site-store';

/** JSON builders for the entities Jira Cloud nests in its answers, shaped as in the recorded fixtures. */

function avatarUrls(baseUrl: string, kind: 'user' | 'project', id: string): Record<string, string> {
  const sizes = { '48x48': 48, '24x24': 24, '16x16': 16, '32x32': 32 };
  return Object.fromEntries(
    Object.entries(sizes).map(([label, size]) => [label, `${baseUrl}/secure/${kind}avatar?size=${size}&ownerId=${encodeURIComponent(id)}`]),
  );
}

export function userJson(baseUrl: string, user: SiteUser): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: 'atlassian',
    emailAddress: user.emailAddress,
    avatarUrls: avatarUrls(baseUrl, 'user', user.accountId),
    displayName: user.displayName,
    active: true,
    timeZone: 'Etc/UTC',
    locale: 'en_US',
  };
}

/** What /myself answers for the app's own account (a request made asApp). */
export function appUserJson(baseUrl: string): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(APP_ACCOUNT.accountId)}`,
    accountId: APP_ACCOUNT.accountId,
    accountType: 'app',
    avatarUrls: avatarUrls(baseUrl, 'user', APP_ACCOUNT.accountId),
    displayName: APP_ACCOUNT.displayName,
    active: true,
    timeZone: 'Etc/UTC',
  };
}

/** The short project form found inside issues and boards. */
export function projectRefJson(baseUrl: string, project: SiteProject): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: project.style === 'next-gen',
    avatarUrls: avatarUrls(baseUrl, 'project', project.id),
  };
}

export function projectJson(baseUrl: string, project: SiteProject): Record<string, unknown> {
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...projectRefJson(baseUrl, project),
    description: '',
    issueTypes: Object.keys(ISSUE_TYPES).map((name) => issueTypeJson(baseUrl, name as IssueTypeName)),
    assigneeType: 'UNASSIGNED',
    style: project.style,
    isPrivate: false,
    properties: {},
  };
}

export function issueTypeJson(baseUrl: string, name: IssueTypeName): Record<string, unknown> {
  const type = ISSUE_TYPES[name];
  return {
    self: `${baseUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    iconUrl: `${baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${type.avatarId}?size=medium`,
    name,
    subtask: false,
    avatarId: type.avatarId,
    hierarchyLevel: type.hierarchyLevel,
  };
}

export function statusCategoryJson(baseUrl: string, key: SiteIssue['status']['category']): Record<string, unknown> {
  const category = statusCategoryInfo(key);
  return { self: `${baseUrl}/rest/api/3/statuscategory/${category.id}`, ...category };
}

export function statusJson(baseUrl: string, store: SiteStore, status: SiteIssue['status']): Record<string, unknown> {
  const id = store.statusId(status.name);
  return {
    self: `${baseUrl}/rest/api/3/status/${id}`,
    description: '',
    iconUrl: `${baseUrl}/`,
    name: status.name,
    id,
    statusCategory: statusCategoryJson(baseUrl, status.category),
  };
}

/** Component ids are derived from the name so they stay stable across emulator instances. */
export function componentJson(baseUrl: string, name: string): Record<string, unknown> {
  const id = String(10000 + [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 90000, 0));
  return { self: `${baseUrl}/rest/api/3/component/${id}`, id, name };
}

/** A sprint as the agile API answers it (ids are numbers, absent dates are omitted). */
export function sprintJson(baseUrl: string, sprint: SiteSprint): Record<string, unknown> {
  return {
    id: sprint.id,
    self: `${baseUrl}/rest/agile/1.0/sprint/${sprint.id}`,
    state: sprint.state,
    name: sprint.name,
    ...optionalDates(sprint),
    originBoardId: sprint.boardId,
    ...(sprint.goal !== undefined ? { goal: sprint.goal } : {}),
  };
}

/** A sprint inside the gh-sprint issue field: `boardId` instead of `originBoardId`, goal always present. */
export function sprintFieldJson(sprint: SiteSprint): Record<string, unknown> {
  return { id: sprint.id, name: sprint.name, state: sprint.state, boardId: sprint.boardId, goal: sprint.goal ?? '', ...optionalDates(sprint) };
}

function optionalDates(sprint: SiteSprint): Record<string, string> {
  const dates: Record<string, string> = {};
  if (sprint.startDate) dates.startDate = sprint.startDate;
  if (sprint.endDate) dates.endDate = sprint.endDate;
  if (sprint.completeDate) dates.completeDate = sprint.completeDate;
  return dates;
}

export function boardJson(baseUrl: string, board: SiteBoard, project: SiteProject): Record<string, unknown> {
  return {
    id: board.id,
    self: `${baseUrl}/rest/agile/1.0/board/${board.id}`,
    name: board.name,
    type: board.type,
    location: {
      projectId: Number(project.id),
      displayName: `${project.name} (${project.key})`,
      projectName: project.name,
      projectKey: project.key,
      projectTypeKey: 'software',
      avatarURI: `${baseUrl}/secure/projectavatar?size=small&pid=${project.id}`,
      name: `${project.name} (${project.key})`,
    },
    isPrivate: false,
  };
}

/** Jira renders issue timestamps with a numeric zone and no colon: 2024-01-15T09:30:00.000+0000. */
export function jiraTimestamp(iso: string): string {
  return new Date(iso).toISOString().replace('Z', '+0000');
}
