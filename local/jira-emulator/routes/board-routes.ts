import { agileIssueList, inOpenSprint } from '../agile-issues';
import { valuesPage } from '../agile-paging';
import { boardJson, sprintJson } from '../entity-json';
import { fieldName } from '../field-catalog';
import { badRequest, jsonResponse } from '../http-types';
import { TRANSITIONS } from '../jira-catalog';
import { visibleBoard, visibleSprint } from '../lookups';
import { pathInt, queryList } from '../request-parsing';
import type { EmulatorCore, Route, RouteRequest } from '../route-types';
import type { SiteBoard, SiteProject, StatusCategoryKey } from '../site-data';

export const boardRoutes: Route[] = [
  { method: 'GET', pattern: '/rest/agile/1.0/board', handle: listBoards },
  { method: 'GET', pattern: '/rest/agile/1.0/board/{boardId}', handle: getBoard },
  { method: 'GET', pattern: '/rest/agile/1.0/board/{boardId}/configuration', handle: getConfiguration },
  { method: 'GET', pattern: '/rest/agile/1.0/board/{boardId}/sprint', handle: listBoardSprints },
  { method: 'GET', pattern: '/rest/agile/1.0/board/{boardId}/backlog', handle: backlog },
  { method: 'GET', pattern: '/rest/agile/1.0/board/{boardId}/issue', handle: boardIssues },
  { method: 'GET', pattern: '/rest/agile/1.0/board/{boardId}/sprint/{sprintId}/issue', handle: boardSprintIssues },
];

function boardOf({ core, access, params }: RouteRequest): { board: SiteBoard; project: SiteProject } {
  return visibleBoard(core.store, access, pathInt(params.boardId, 'boardId'));
}

function listBoards({ core, access, query }: RouteRequest) {
  const projectRef = query.get('projectKeyOrId');
  const project = projectRef ? core.store.findProject(projectRef) : undefined;
  if (projectRef && (!project || !access.canBrowse(project))) throw badRequest(`No project could be found with key '${projectRef}'.`);
  const name = query.get('name')?.toLowerCase();
  const boards = core.store.boards
    .map((board) => ({ board, project: core.store.getProject(board.projectKey) }))
    .filter((entry) => access.canBrowse(entry.project) && (!project || entry.project === project))
    .filter((entry) => !name || entry.board.name.toLowerCase().includes(name))
    .map((entry) => boardJson(core.baseUrl, entry.board, entry.project));
  return jsonResponse(200, valuesPage(boards, query, true));
}

function getBoard(request: RouteRequest) {
  const { board, project } = boardOf(request);
  return jsonResponse(200, boardJson(request.core.baseUrl, board, project));
}

function getConfiguration(request: RouteRequest) {
  const { core } = request;
  const { board, project } = boardOf(request);
  return jsonResponse(200, {
    id: board.id,
    name: board.name,
    type: board.type,
    self: `${core.baseUrl}/rest/agile/1.0/board/${board.id}/configuration`,
    location: { type: 'project', key: project.key, id: project.id, self: `${core.baseUrl}/rest/api/3/project/${project.id}`, name: project.name },
    filter: { id: String(10000 + board.id), self: `${core.baseUrl}/rest/api/3/filter/${10000 + board.id}` },
    columnConfig: { columns: boardColumns(core), constraintType: 'none' },
    estimation: { type: 'field', field: { fieldId: board.estimationFieldId, displayName: fieldName(core.store, board.estimationFieldId) } },
    ranking: { rankCustomFieldId: 10019 },
  });
}

/** One column per status category, holding every status of that category in use on the site. */
function boardColumns(core: EmulatorCore) {
  const categories: [string, StatusCategoryKey][] = [
    ['To Do', 'new'],
    ['In Progress', 'indeterminate'],
    ['Done', 'done'],
  ];
  const statusCategory = new Map<string, StatusCategoryKey>(TRANSITIONS.map((transition) => [transition.statusName, transition.category]));
  core.store.listIssues().forEach((issue) => statusCategory.set(issue.status.name, issue.status.category));
  return categories.map(([name, category]) => ({
    name,
    statuses: [...statusCategory]
      .filter(([, candidate]) => candidate === category)
      .map(([status]) => {
        const id = core.store.statusId(status);
        return { id, self: `${core.baseUrl}/rest/api/3/status/${id}` };
      }),
  }));
}

function listBoardSprints(request: RouteRequest) {
  const { core, query } = request;
  const { board } = boardOf(request);
  const states = queryList(query, 'state');
  const invalid = states?.filter((state) => !['future', 'active', 'closed'].includes(state));
  if (invalid && invalid.length > 0) throw badRequest(`The sprint state '${invalid[0]}' is not valid. Valid states are future, active and closed.`);
  const sprints = core.store
    .listSprints(board.id)
    .filter((sprint) => !states || states.includes(sprint.state))
    .map((sprint) => sprintJson(core.baseUrl, sprint));
  return jsonResponse(200, valuesPage(sprints, query, false));
}

/** Jira's backlog: the board's issues in no open sprint, minus done issues and epics (shown in the epic panel). */
function backlog(request: RouteRequest) {
  const { core, access, query } = request;
  const { board } = boardOf(request);
  return agileIssueList(
    core,
    access,
    query,
    (issue) => issue.projectKey === board.projectKey && issue.issueType !== 'Epic' && issue.status.category !== 'done' && !inOpenSprint(core, issue),
  );
}

function boardIssues(request: RouteRequest) {
  const { board } = boardOf(request);
  return agileIssueList(request.core, request.access, request.query, (issue) => issue.projectKey === board.projectKey);
}

function boardSprintIssues(request: RouteRequest) {
  const { board } = boardOf(request);
  const sprintId = pathInt(request.params.sprintId, 'sprintId');
  const { sprint } = visibleSprint(request.core.store, request.access, sprintId);
  if (sprint.boardId !== board.id) throw badRequest(`Sprint ${sprintId} does not belong to board ${board.id}.`);
  return agileIssueList(request.core, request.access, request.query, (issue) => issue.sprintIds.includes(sprintId));
}
