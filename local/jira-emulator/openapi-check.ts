import type { ErrorObject } from 'ajv';
import { describeError, validateAgainst } from './openapi-schema-validator';
import { RESPONSE_SCHEMA_SUPPLEMENTS } from './openapi-supplements';
import { type JsonSchema, type OpenApiOperation, type OpenApiParameter, type SpecName, type SpecOperation, findOperation, resolveRef } from './openapi-spec';

export { findOperation, type SpecOperation } from './openapi-spec';
export { RESPONSE_SCHEMA_SUPPLEMENTS } from './openapi-supplements';

/**
 * Where Atlassian's published schema is plainly wrong about what Jira really sends or accepts.
 * Each entry relaxes exactly one spot, with the evidence. Nothing else is relaxed.
 */
export interface SpecException {
  spec: SpecName;
  method: string;
  pathTemplate: string;
  /**
   * An undocumented status, a query parameter whose schema is replaced, or a body subtree whose errors
   * are ignored (only the "additional property" error for one name when `additionalProperty` is set).
   */
  applies:
    | { kind: 'status'; status: number }
    | { kind: 'query'; parameter: string; schema: JsonSchema }
    | { kind: 'body'; instancePath: RegExp; additionalProperty?: string }
    | { kind: 'response'; status: number; instancePath: RegExp; additionalProperty?: string };
  reason: string;
}

const STRING_LIST: JsonSchema = { type: 'array', items: { type: 'string' } };
const AGILE_ISSUE_LISTS = [
  '/rest/agile/1.0/board/{boardId}/issue',
  '/rest/agile/1.0/board/{boardId}/backlog',
  '/rest/agile/1.0/sprint/{sprintId}/issue',
  '/rest/agile/1.0/board/{boardId}/sprint/{sprintId}/issue',
];

export const SPEC_EXCEPTIONS: SpecException[] = [
  {
    spec: 'software',
    method: 'get',
    pathTemplate: '/rest/agile/1.0/board/{boardId}/sprint',
    applies: { kind: 'query', parameter: 'state', schema: { type: 'array', items: { enum: ['future', 'active', 'closed'] } } },
    reason: "The spec types `state` as an empty object; its own description and Jira take a comma-separated list such as 'active,future'.",
  },
  ...AGILE_ISSUE_LISTS.map((pathTemplate): SpecException => ({
    spec: 'software',
    method: 'get',
    pathTemplate,
    applies: { kind: 'query', parameter: 'fields', schema: STRING_LIST },
    reason: 'The spec types the items of `fields` as objects; Jira takes field ids (strings), as in every platform endpoint.',
  })),
  {
    spec: 'software',
    method: 'get',
    pathTemplate: '/rest/agile/1.0/sprint/{sprintId}/issue',
    applies: { kind: 'status', status: 400 },
    reason: 'Takes `jql` like /board/{boardId}/issue, which documents 400 for an invalid query; this operation omits the status.',
  },
  {
    spec: 'software',
    method: 'get',
    pathTemplate: '/rest/agile/1.0/board/{boardId}/configuration',
    applies: { kind: 'response', status: 200, instancePath: /^\/location(\/|$)/ },
    reason: "BoardConfigBean.location is typed {projectKeyOrId, type}, but the operation's own example and real Jira answer {type, key, id, self, name}.",
  },
  {
    spec: 'platform',
    method: 'get',
    pathTemplate: '/rest/api/3/field',
    applies: { kind: 'response', status: 200, instancePath: /^\/\d+$/, additionalProperty: 'untranslatedName' },
    reason: 'FieldDetails has no untranslatedName, but Jira Cloud sends it on every custom field (field-list.cloud.json).',
  },
  {
    spec: 'platform',
    method: 'post',
    pathTemplate: '/rest/api/3/issue/properties/multi',
    applies: { kind: 'body', instancePath: /^\/issues\/\d+\/properties\/[^/]+(\/|$)/ },
    reason:
      "Property values are typed JsonNode, Jackson's class introspected as a bean (array, bigDecimal, textValue...); a value is any JSON, as the operation's own example {owner, weight} shows.",
  },
];

/**
 * Statuses any Jira operation can answer although few operations document them; 410 is how Atlassian
 * answers an endpoint it has removed while the spec still lists it (GET/POST /rest/api/3/search).
 */
const UNDOCUMENTED_OK = new Set([401, 410, 429, 500, 502, 503]);
const ERROR_COLLECTION: JsonSchema = { $ref: 'platform.json#/components/schemas/ErrorCollection' };

export interface SpecRequest {
  method: string;
  path: string;
  body?: string;
}

/** Errors that make a request invalid for the spec: unknown endpoint or query parameter, bad values or body. */
export function validateRequest(request: SpecRequest): string[] {
  const found = findOperation(request.method, request.path);
  if (!found) return [`No operation ${request.method.toUpperCase()} ${new URL(request.path, 'http://x.invalid').pathname} in the Jira specs`];
  const query = new URL(request.path, 'http://x.invalid').searchParams;
  return [...checkParameters(found, query), ...checkBody(found, request.body)];
}

/** Errors that make a response invalid for the operation's schema at its status code. */
export function validateResponse(request: SpecRequest, response: { status: number; body: string }): string[] {
  const found = findOperation(request.method, request.path);
  if (!found) return [`No operation ${request.method.toUpperCase()} ${request.path} in the Jira specs`];
  const declared = found.operation.responses?.[String(response.status)] ?? found.operation.responses?.default;
  if (!declared && !UNDOCUMENTED_OK.has(response.status) && !statusExcepted(found, response.status)) {
    return [`Status ${response.status} is not documented for ${found.method.toUpperCase()} ${found.pathTemplate}`];
  }
  const schema = responseSchema(found, response.status, declared?.content?.['application/json']?.schema);
  if (!schema) return [];
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return [`Response body is not JSON but the spec has a schema for status ${response.status}`];
  }
  const key = `${found.spec} ${found.method} ${found.pathTemplate} ${response.status}`;
  const errors = validateAgainst(found.spec, schema, body, `response ${key}`);
  return errors.filter((error) => !isExcepted(found, { kind: 'response', status: response.status }, error)).map(describeError);
}

function responseSchema(found: SpecOperation, status: number, declared: JsonSchema | undefined): JsonSchema | undefined {
  if (declared && Object.keys(declared).length > 0) return declared;
  const supplement = RESPONSE_SCHEMA_SUPPLEMENTS[`${found.spec} ${found.method} ${found.pathTemplate} ${status}`];
  if (supplement) return supplement;
  return status >= 400 ? ERROR_COLLECTION : undefined;
}

function statusExcepted(found: SpecOperation, status: number): boolean {
  return SPEC_EXCEPTIONS.some(({ applies, ...exception }) => applies.kind === 'status' && applies.status === status && matchesOperation(exception, found));
}

function isExcepted(found: SpecOperation, where: { kind: 'body' } | { kind: 'response'; status: number }, error: ErrorObject): boolean {
  return SPEC_EXCEPTIONS.some(({ applies, ...exception }) => {
    if (!matchesOperation(exception, found) || (applies.kind !== 'body' && applies.kind !== 'response') || applies.kind !== where.kind) return false;
    const statusMatches = applies.kind === 'body' || (where.kind === 'response' && applies.status === where.status);
    const propertyMatches =
      applies.additionalProperty === undefined || (error.keyword === 'additionalProperties' && error.params.additionalProperty === applies.additionalProperty);
    return statusMatches && propertyMatches && applies.instancePath.test(error.instancePath);
  });
}

function matchesOperation(exception: Omit<SpecException, 'applies'>, found: SpecOperation): boolean {
  return exception.spec === found.spec && exception.method === found.method && exception.pathTemplate === found.pathTemplate;
}

function checkParameters(found: SpecOperation, query: URLSearchParams): string[] {
  const parameters = (found.operation.parameters ?? []).map((parameter) => resolveRef<OpenApiParameter>(found.spec, parameter));
  const errors: string[] = [];
  parameters
    .filter((parameter) => parameter.in === 'path')
    .forEach((parameter) => {
      errors.push(...checkValue(found, parameter, [found.pathParams[parameter.name] ?? '']));
    });
  const queryParameters = parameters.filter((parameter) => parameter.in === 'query');
  new Set(query.keys()).forEach((name) => {
    const parameter = queryParameters.find((candidate) => candidate.name === name);
    if (!parameter) errors.push(`Unknown query parameter '${name}' for ${found.method.toUpperCase()} ${found.pathTemplate}`);
    else errors.push(...checkValue(found, parameter, query.getAll(name)));
  });
  queryParameters
    .filter((parameter) => parameter.required && !query.has(parameter.name))
    .forEach((parameter) => errors.push(`Missing required query parameter '${parameter.name}'`));
  return errors;
}

function checkValue(found: SpecOperation, parameter: OpenApiParameter, raw: string[]): string[] {
  const override = SPEC_EXCEPTIONS.find(
    (exception) => exception.applies.kind === 'query' && exception.applies.parameter === parameter.name && matchesOperation(exception, found),
  );
  const schema = override?.applies.kind === 'query' ? override.applies.schema : (parameter.schema ?? {});
  const key = `param ${found.spec} ${found.method} ${found.pathTemplate} ${parameter.in} ${parameter.name}`;
  return validateAgainst(found.spec, schema, coerce(schema, raw), key).map((error) => `${parameter.in} parameter '${parameter.name}': ${describeError(error)}`);
}

/** Query strings are text: arrays come comma-separated or repeated (Jira takes both), scalars are parsed. */
function coerce(schema: JsonSchema, raw: string[]): unknown {
  if (schema.type === 'array') {
    const items = (schema.items ?? {}) as JsonSchema;
    return raw.flatMap((value) => value.split(',')).map((value) => coerce(items, [value]));
  }
  const value = raw[raw.length - 1] ?? '';
  if ((schema.type === 'integer' || schema.type === 'number') && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  if (schema.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function checkBody(found: SpecOperation, body: string | undefined): string[] {
  const requestBody = found.operation.requestBody && resolveRef<NonNullable<OpenApiOperation['requestBody']>>(found.spec, found.operation.requestBody);
  if (!requestBody || '$ref' in requestBody) return body ? [`${found.method.toUpperCase()} ${found.pathTemplate} takes no request body`] : [];
  if (body === undefined || body === '') return requestBody.required ? ['The request body is required'] : [];
  const schema = requestBody.content?.['application/json']?.schema;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return ['The request body is not JSON'];
  }
  if (!schema) return [];
  const key = `body ${found.spec} ${found.method} ${found.pathTemplate}`;
  return validateAgainst(found.spec, schema, parsed, key)
    .filter((error) => !isExcepted(found, { kind: 'body' }, error))
    .map((error) => `body ${describeError(error)}`);
}
