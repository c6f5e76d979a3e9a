import { z } from 'zod';
import { agileIssueList } from '../agile-issues';
import { sprintJson } from '../entity-json';
import { badRequest, emptyResponse, forbidden, jsonResponse } from '../http-types';
import { editableIssue, visibleBoard, visibleSprint } from '../lookups';
import { parseJsonBody, pathInt } from '../request-parsing';
import type { Route, RouteRequest } from '../route-types';
import type { SiteProject, SiteSprint } from '../site-data';
import { type SprintTransition, applySprintUpdate, isoDate, sprintUpdateBody } from '../sprint-lifecycle';
import { type SprintEventType, sprintEventSprint } from '../sprint-event';

const createBody = z.strictObject({
  name: z.string().min(1),
  originBoardId: z.number().int(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  goal: z.string().optional(),
});

/** Jira moves at most 50 issues per request. */
const moveBody = z.strictObject({
  issues: z.array(z.string()).min(1).max(50),
  rankBeforeIssue: z.string().optional(),
  rankAfterIssue: z.string().optional(),
  rankCustomFieldId: z.number().int().optional(),
});

export const sprintRoutes: Route[] = [
  { method: 'POST', pattern: '/rest/agile/1.0/sprint', handle: createSprint },
  { method: 'GET', pattern: '/rest/agile/1.0/sprint/{sprintId}', handle: getSprint },
  { method: 'POST', pattern: '/rest/agile/1.0/sprint/{sprintId}', handle: (request) => updateSprint(request, 'partial') },
  { method: 'PUT', pattern: '/rest/agile/1.0/sprint/{sprintId}', handle: (request) => updateSprint(request, 'full') },
  { method: 'GET', pattern: '/rest/agile/1.0/sprint/{sprintId}/issue', handle: sprintIssues },
  { method: 'POST', pattern: '/rest/agile/1.0/sprint/{sprintId}/issue', handle: moveToSprint },
  { method: 'POST', pattern: '/rest/agile/1.0/backlog/issue', handle: moveToBacklog },
];

function requireSprintManager(request: RouteRequest, project: SiteProject): void {
  if (!request.access.canEdit(project)) throw forbidden('You do not have permission to manage sprints on this board.');
}

function sprintOf(request: RouteRequest): { sprint: SiteSprint; project: SiteProject } {
  return visibleSprint(request.core.store, request.access, pathInt(request.params.sprintId, 'sprintId'));
}

function createSprint(request: RouteRequest) {
  const { core } = request;
  const body = parseJsonBody(createBody, request.body);
  const { project } = visibleBoard(core.store, request.access, body.originBoardId);
  requireSprintManager(request, project);
  const sprint = core.store.addSprint({
    boardId: body.originBoardId,
    name: body.name,
    state: 'future',
    ...(body.goal !== undefined ? { goal: body.goal } : {}),
    ...(body.startDate ? { startDate: isoDate(body.startDate, 'startDate') } : {}),
    ...(body.endDate ? { endDate: isoDate(body.endDate, 'endDate') } : {}),
  });
  core.emitSprintEvent({ eventType: 'avi:jira-software:created:sprint', sprint: sprintEventSprint(sprint) });
  return jsonResponse(201, sprintJson(core.baseUrl, sprint));
}

function getSprint(request: RouteRequest) {
  return jsonResponse(200, sprintJson(request.core.baseUrl, sprintOf(request).sprint));
}

const TRANSITION_EVENTS: Record<'started' | 'closed', SprintEventType> = {
  started: 'avi:jira-software:started:sprint',
  closed: 'avi:jira-software:closed:sprint',
};

function updateSprint(request: RouteRequest, mode: 'partial' | 'full') {
  const { core } = request;
  const { sprint, project } = sprintOf(request);
  requireSprintManager(request, project);
  const update = parseJsonBody(sprintUpdateBody, request.body);
  const before = sprintEventSprint(sprint);
  const { next, transition } = applySprintUpdate(sprint, update, mode, core.now());
  replaceSprint(sprint, next);
  emitUpdate(request, transition, before, sprint);
  return jsonResponse(200, sprintJson(core.baseUrl, sprint));
}

/** The stored sprint object is shared by reference with the store, so it is rewritten in place. */
function replaceSprint(target: SiteSprint, next: SiteSprint): void {
  (Object.keys(target) as (keyof SiteSprint)[]).forEach((key) => delete target[key]);
  Object.assign(target, next);
}

function emitUpdate(request: RouteRequest, transition: SprintTransition, before: ReturnType<typeof sprintEventSprint>, sprint: SiteSprint): void {
  const { core } = request;
  const after = sprintEventSprint(sprint);
  if (transition) core.emitSprintEvent({ eventType: TRANSITION_EVENTS[transition], sprint: after });
  else if (JSON.stringify(before) !== JSON.stringify(after)) {
    core.emitSprintEvent({ eventType: 'avi:jira-software:updated:sprint', sprint: after, oldValue: before });
  }
}

function sprintIssues(request: RouteRequest) {
  const { sprint } = sprintOf(request);
  return agileIssueList(request.core, request.access, request.query, (issue) => issue.sprintIds.includes(sprint.id));
}

/** An issue is in at most one open sprint: moving replaces that one and keeps its closed sprints. */
function moveToSprint(request: RouteRequest) {
  const { core } = request;
  const { sprint, project } = sprintOf(request);
  requireSprintManager(request, project);
  if (sprint.state === 'closed') throw badRequest('Issues cannot be moved to a closed sprint.');
  const { issues } = parseJsonBody(moveBody, request.body);
  const targets = issues.map((idOrKey) => editableIssue(core.store, request.access, idOrKey));
  targets.forEach((issue) => {
    issue.sprintIds = [...issue.sprintIds.filter((id) => core.store.findSprint(id)?.state === 'closed'), sprint.id];
  });
  return emptyResponse(204);
}

function moveToBacklog(request: RouteRequest) {
  const { core } = request;
  const { issues } = parseJsonBody(moveBody, request.body);
  const targets = issues.map((idOrKey) => editableIssue(core.store, request.access, idOrKey));
  targets.forEach((issue) => {
    issue.sprintIds = issue.sprintIds.filter((id) => core.store.findSprint(id)?.state === 'closed');
  });
  return emptyResponse(204);
}
