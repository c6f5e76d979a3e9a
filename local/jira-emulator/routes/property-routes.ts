import { z } from 'zod';
import { badRequest, emptyResponse, jsonResponse, notFound } from '../http-types';
import { editableIssue, visibleIssue } from '../lookups';
import { parseJsonBody } from '../request-parsing';
import type { EmulatorCore, Route, RouteRequest } from '../route-types';
import type { SiteIssue } from '../site-data';

/** Jira's limits: a property value is at most 32768 bytes of JSON, a key at most 255 characters. */
const MAX_VALUE_BYTES = 32768;
const MAX_KEY_LENGTH = 255;

const multiBody = z.strictObject({
  issues: z
    .array(z.strictObject({ issueID: z.number().int(), properties: z.record(z.string(), z.unknown()) }))
    .min(1)
    .max(100),
});

export const propertyRoutes: Route[] = [
  { method: 'GET', pattern: '/rest/api/3/issue/{issueIdOrKey}/properties', handle: listKeys },
  { method: 'GET', pattern: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', handle: getProperty },
  { method: 'PUT', pattern: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', handle: putProperty },
  { method: 'DELETE', pattern: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', handle: deleteProperty },
  { method: 'POST', pattern: '/rest/api/3/issue/properties/multi', handle: setMultiple },
  { method: 'GET', pattern: '/rest/api/3/task/{taskId}', handle: getTask },
];

function propertyNotFound(key: string, issue: SiteIssue) {
  return notFound(`The property with key '${key}' does not exist on issue '${issue.key}'.`);
}

function listKeys({ core, access, params }: RouteRequest) {
  const issue = visibleIssue(core.store, access, params.issueIdOrKey ?? '');
  const keys = Object.keys(issue.properties).map((key) => ({
    self: `${core.baseUrl}/rest/api/3/issue/${issue.key}/properties/${encodeURIComponent(key)}`,
    key,
  }));
  return jsonResponse(200, { keys });
}

function getProperty({ core, access, params }: RouteRequest) {
  const issue = visibleIssue(core.store, access, params.issueIdOrKey ?? '');
  const key = params.propertyKey ?? '';
  if (!(key in issue.properties)) throw propertyNotFound(key, issue);
  return jsonResponse(200, { key, value: issue.properties[key] });
}

function putProperty({ core, access, params, body }: RouteRequest) {
  const issue = editableIssue(core.store, access, params.issueIdOrKey ?? '');
  const key = params.propertyKey ?? '';
  const value = parsePropertyValue(key, body ?? '');
  const existed = key in issue.properties;
  writeProperty(core, issue, key, value);
  return emptyResponse(existed ? 200 : 201);
}

function deleteProperty({ core, access, params }: RouteRequest) {
  const issue = editableIssue(core.store, access, params.issueIdOrKey ?? '');
  const key = params.propertyKey ?? '';
  if (!(key in issue.properties)) throw propertyNotFound(key, issue);
  delete issue.properties[key];
  core.store.searchIndex.recordWrite(issue.id, key, undefined);
  return emptyResponse(204);
}

/** Jira runs bulk writes as an async task and answers 303 to it; here the task is already complete. */
function setMultiple({ core, access, body }: RouteRequest) {
  const { issues } = parseJsonBody(multiBody, body);
  const planned = issues.map((entry) => ({
    issue: editableIssue(core.store, access, String(entry.issueID)),
    values: Object.entries(entry.properties).map(([key, value]) => [key, checkedValue(key, value)] as const),
  }));
  planned.forEach(({ issue, values }) => values.forEach(([key, value]) => writeProperty(core, issue, key, value)));
  const taskId = core.tasks.completed(core.baseUrl, 'Setting issue properties', core.now(), null);
  return emptyResponse(303, { Location: `${core.baseUrl}/rest/api/3/task/${taskId}` });
}

function getTask({ core, params }: RouteRequest) {
  const task = core.tasks.find(params.taskId ?? '');
  if (!task) throw notFound(`Task with id '${params.taskId ?? ''}' does not exist.`);
  return jsonResponse(200, task);
}

function writeProperty(core: EmulatorCore, issue: SiteIssue, key: string, value: unknown): void {
  issue.properties[key] = value;
  core.store.searchIndex.recordWrite(issue.id, key, value);
}

/** The PUT body is the value itself, measured as sent. */
function parsePropertyValue(key: string, text: string): unknown {
  checkSize(key, text);
  try {
    return checkedValue(key, JSON.parse(text));
  } catch (error) {
    if (error instanceof SyntaxError) throw badRequest('The property value must be a valid, non-empty JSON value.');
    throw error;
  }
}

function checkedValue(key: string, value: unknown): unknown {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw badRequest(`The property key must be between 1 and ${MAX_KEY_LENGTH} characters long.`);
  }
  checkSize(key, JSON.stringify(value));
  return value;
}

function checkSize(key: string, json: string): void {
  if (Buffer.byteLength(json, 'utf8') > MAX_VALUE_BYTES) {
    throw badRequest(`The value of property '${key}' is too long. It must not exceed ${MAX_VALUE_BYTES} bytes.`);
  }
}
