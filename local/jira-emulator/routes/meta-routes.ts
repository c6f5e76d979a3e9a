import { appUserJson, projectJson, userJson } from '../entity-json';
import { listFields } from '../field-catalog';
import { badRequest, jsonResponse, notFound } from '../http-types';
import { PROJECT_PERMISSIONS, STATUS_CATEGORIES } from '../jira-catalog';
import { visibleIssue, visibleProject } from '../lookups';
import { queryInt, queryList } from '../request-parsing';
import type { Route, RouteRequest } from '../route-types';
import type { SiteProject } from '../site-data';

export const metaRoutes: Route[] = [
  { method: 'GET', pattern: '/rest/api/3/field', handle: ({ core }) => jsonResponse(200, listFields(core.store)) },
  { method: 'GET', pattern: '/rest/api/3/statuscategory', handle: listStatusCategories },
  { method: 'GET', pattern: '/rest/api/3/myself', handle: myself },
  { method: 'GET', pattern: '/rest/api/3/user', handle: getUser },
  { method: 'GET', pattern: '/rest/api/3/user/bulk', handle: bulkUsers },
  { method: 'GET', pattern: '/rest/api/3/project/search', handle: searchProjects },
  { method: 'GET', pattern: '/rest/api/3/project/{projectIdOrKey}', handle: getProject },
  { method: 'GET', pattern: '/rest/api/3/mypermissions', handle: myPermissions },
];

const USER_NOT_FOUND = 'Specified user does not exist or you do not have required permissions';

function listStatusCategories({ core }: RouteRequest) {
  const categories = STATUS_CATEGORIES.map((category) => ({ self: `${core.baseUrl}/rest/api/3/statuscategory/${category.id}`, ...category }));
  return jsonResponse(200, categories);
}

function myself({ core, access }: RouteRequest) {
  if (access.accountId === undefined) return jsonResponse(200, appUserJson(core.baseUrl));
  const user = core.store.findUser(access.accountId);
  if (!user) throw notFound(USER_NOT_FOUND);
  return jsonResponse(200, userJson(core.baseUrl, user));
}

function getUser({ core, query }: RouteRequest) {
  const accountId = query.get('accountId');
  if (!accountId) throw badRequest('The accountId query parameter needs to be provided.');
  const user = core.store.findUser(accountId);
  if (!user) throw notFound(USER_NOT_FOUND);
  return jsonResponse(200, userJson(core.baseUrl, user));
}

function bulkUsers({ core, query }: RouteRequest) {
  const ids = queryList(query, 'accountId');
  if (!ids) throw badRequest('The accountId query parameter needs to be provided.');
  const users = ids.flatMap((id) => core.store.findUser(id) ?? []).map((user) => userJson(core.baseUrl, user));
  return jsonResponse(200, offsetPage(core.baseUrl, '/rest/api/3/user/bulk', users, query, 10));
}

function getProject({ core, access, params }: RouteRequest) {
  return jsonResponse(200, projectJson(core.baseUrl, visibleProject(core.store, access, params.projectIdOrKey ?? '')));
}

function searchProjects({ core, access, query }: RouteRequest) {
  const keys = queryList(query, 'keys')?.map((key) => key.toUpperCase());
  const text = query.get('query')?.toLowerCase();
  const needsEdit = query.get('action') === 'edit' || query.get('action') === 'create';
  const projects = core.store.projects
    .filter((project) => (needsEdit ? access.canEdit(project) : access.canBrowse(project)))
    .filter((project) => !keys || keys.includes(project.key.toUpperCase()))
    .filter((project) => !text || `${project.key} ${project.name}`.toLowerCase().includes(text))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((project) => projectJson(core.baseUrl, project));
  return jsonResponse(200, offsetPage(core.baseUrl, '/rest/api/3/project/search', projects, query, 50));
}

/** Platform-style offset page: `{self, nextPage?, maxResults, startAt, total, isLast, values}`. */
function offsetPage(baseUrl: string, path: string, all: unknown[], query: URLSearchParams, defaultMax: number) {
  const startAt = queryInt(query, 'startAt', 0);
  const maxResults = Math.min(Math.max(queryInt(query, 'maxResults', defaultMax), 1), 100);
  const values = all.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= all.length;
  const self = `${baseUrl}${path}?startAt=${startAt}&maxResults=${maxResults}`;
  const nextPage = isLast ? {} : { nextPage: `${baseUrl}${path}?startAt=${startAt + maxResults}&maxResults=${maxResults}` };
  return { self, ...nextPage, maxResults, startAt, total: all.length, isLast, values };
}

/** Without a project or issue, a permission is held when it is held in any project (Jira's global context). */
function myPermissions(request: RouteRequest) {
  const { access, query } = request;
  const requested = queryList(query, 'permissions');
  if (!requested) throw badRequest('The permissions query parameter is required.');
  const unknown = requested.filter((key) => !PROJECT_PERMISSIONS[key]);
  if (unknown.length > 0) throw badRequest(`Unrecognized permission keys: ${unknown.join(', ')}.`);
  const scope = permissionScope(request);
  const permissions = Object.fromEntries(
    requested.map((key) => {
      const info = PROJECT_PERMISSIONS[key]!;
      const holds = (project: SiteProject) => (info.needs === 'edit' ? access.canEdit(project) : access.canBrowse(project));
      const { needs: _needs, ...shown } = info;
      return [key, { ...shown, key, type: 'PROJECT', havePermission: scope.some(holds) }];
    }),
  );
  return jsonResponse(200, { permissions });
}

function permissionScope({ core, access, query }: RouteRequest): SiteProject[] {
  const projectRef = query.get('projectKey') ?? query.get('projectId');
  if (projectRef) return [visibleProject(core.store, access, projectRef)];
  const issueRef = query.get('issueKey') ?? query.get('issueId');
  if (issueRef) return [core.store.getProject(visibleIssue(core.store, access, issueRef).projectKey)];
  return core.store.projects;
}
