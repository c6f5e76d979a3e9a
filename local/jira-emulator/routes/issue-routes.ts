import { statusChangedEvent } from '../issue-event';
import { z } from 'zod';
import { statusJson } from '../entity-json';
import { parseFieldSelection } from '../field-selection';
import { badRequest, emptyResponse, jsonResponse } from '../http-types';
import { renderIssue } from '../issue-json';
import { TRANSITIONS } from '../jira-catalog';
import { visibleIssue } from '../lookups';
import { parseJsonBody, queryList } from '../request-parsing';
import type { Route, RouteRequest } from '../route-types';

const transitionBody = z.looseObject({
  transition: z.looseObject({ id: z.string() }),
});

export const issueRoutes: Route[] = [
  { method: 'GET', pattern: '/rest/api/3/issue/{issueIdOrKey}', handle: getIssue },
  { method: 'GET', pattern: '/rest/api/3/issue/{issueIdOrKey}/transitions', handle: listTransitions },
  { method: 'POST', pattern: '/rest/api/3/issue/{issueIdOrKey}/transitions', handle: transition },
];

/** Direct reads are always consistent: properties come from the issue, never from the search index. */
function getIssue({ core, access, params, query }: RouteRequest) {
  const issue = visibleIssue(core.store, access, params.issueIdOrKey ?? '');
  const properties = queryList(query, 'properties') ?? [];
  const rendered = renderIssue(core.store, core.baseUrl, issue, {
    fields: parseFieldSelection(queryList(query, 'fields'), '*all'),
    properties,
    propertyValues: issue.properties,
    api: 'api',
  });
  return jsonResponse(200, rendered);
}

function listTransitions({ core, access, params }: RouteRequest) {
  visibleIssue(core.store, access, params.issueIdOrKey ?? '');
  const transitions = TRANSITIONS.map((candidate) => ({
    id: candidate.id,
    name: candidate.name,
    to: statusJson(core.baseUrl, core.store, { name: candidate.statusName, category: candidate.category }),
    hasScreen: false,
    isGlobal: true,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false,
  }));
  return jsonResponse(200, { expand: 'transitions', transitions });
}

/** Jira answers a missing transition permission with 400, not 403 (as the spec documents). */
function transition({ core, access, params, body }: RouteRequest) {
  const issue = visibleIssue(core.store, access, params.issueIdOrKey ?? '');
  if (!access.canEdit(core.store.getProject(issue.projectKey))) throw badRequest('You do not have permission to transition this issue.');
  const { transition: wanted } = parseJsonBody(transitionBody, body);
  const target = TRANSITIONS.find((candidate) => candidate.id === wanted.id);
  if (!target) throw badRequest(`Transition id '${wanted.id}' is not valid for this issue.`);
  const fromStatus = issue.status.name;
  issue.status = { name: target.statusName, category: target.category };
  if (fromStatus !== target.statusName) core.emitIssueEvent(statusChangedEvent(issue, fromStatus, access.accountId, core.nextChangelogId()));
  return emptyResponse(204);
}
