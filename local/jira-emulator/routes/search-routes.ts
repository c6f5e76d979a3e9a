import { z } from 'zod';
import { parseFieldSelection } from '../field-selection';
import { JiraHttpError, badRequest, jsonResponse } from '../http-types';
import { UNBOUNDED_JQL, compileForUser, findIssues, newestFirst } from '../issue-query';
import { renderIssue } from '../issue-json';
import { parseJsonBody, queryList } from '../request-parsing';
import type { Route, RouteRequest } from '../route-types';

interface SearchParams {
  jql: string;
  nextPageToken?: string;
  maxResults?: number;
  fields?: string[];
  properties?: string[];
  reconcileIssues?: number[];
}

const searchBody = z.strictObject({
  jql: z.string().optional(),
  nextPageToken: z.string().optional(),
  maxResults: z.number().int().optional(),
  fields: z.array(z.string()).optional(),
  properties: z.array(z.string()).optional(),
  reconcileIssues: z.array(z.number().int()).optional(),
  expand: z.string().optional(),
  fieldsByKeys: z.boolean().optional(),
  failFast: z.boolean().optional(),
});

const REMOVED_SEARCH =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

/** Page sizes: Jira returns up to 5000 issues per page for ids and keys, at most 100 once other fields are requested. */
const DEFAULT_PAGE = 50;
const MAX_PAGE_WITH_FIELDS = 100;
const MAX_PAGE_IDS_ONLY = 5000;

export const searchRoutes: Route[] = [
  { method: 'GET', pattern: '/rest/api/3/search/jql', handle: (request) => search(request, paramsFromQuery(request.query)) },
  { method: 'POST', pattern: '/rest/api/3/search/jql', handle: (request) => search(request, { jql: '', ...parseJsonBody(searchBody, request.body) }) },
  { method: 'GET', pattern: '/rest/api/3/search', handle: removed },
  { method: 'POST', pattern: '/rest/api/3/search', handle: removed },
];

function removed(): never {
  throw new JiraHttpError(410, [REMOVED_SEARCH]);
}

function paramsFromQuery(query: URLSearchParams): SearchParams {
  const maxResults = query.get('maxResults');
  const reconcile = queryList(query, 'reconcileIssues');
  if (reconcile?.some((id) => !/^\d+$/.test(id))) throw badRequest('reconcileIssues must be a list of issue ids.');
  return {
    jql: query.get('jql') ?? '',
    nextPageToken: query.get('nextPageToken') ?? undefined,
    maxResults: maxResults === null ? undefined : Number(maxResults),
    fields: queryList(query, 'fields'),
    properties: queryList(query, 'properties'),
    reconcileIssues: reconcile?.map(Number),
  };
}

function search({ core, access }: RouteRequest, params: SearchParams) {
  const properties = params.properties ?? [];
  if (properties.length > 5) throw badRequest('Only up to 5 issue properties can be requested.');
  if ((params.reconcileIssues?.length ?? 0) > 50) throw badRequest('Up to 50 issues can be reconciled per request.');
  if (params.jql.trim() === '') throw badRequest(UNBOUNDED_JQL);
  core.store.searchIndex.reconcile((params.reconcileIssues ?? []).map(String));
  const query = compileForUser(core, access, params.jql);
  if (!query.bounded) throw badRequest(UNBOUNDED_JQL);
  const fields = parseFieldSelection(params.fields, 'id');
  const issues = findIssues(core, access, query, newestFirst);
  const start = decodePageToken(params.nextPageToken, params.jql);
  const limit = pageSize(params.maxResults, fields.idsAndKeysOnly && properties.length === 0);
  const page = issues.slice(start, start + limit);
  const isLast = start + page.length >= issues.length;
  const rendered = page.map((issue) =>
    renderIssue(core.store, core.baseUrl, issue, {
      fields,
      properties,
      propertyValues: core.store.searchIndex.propertiesOf(issue.id),
      api: 'api',
    }),
  );
  const next = isLast ? {} : { nextPageToken: encodePageToken(start + page.length, params.jql) };
  return jsonResponse(200, { issues: rendered, ...next, isLast });
}

function pageSize(requested: number | undefined, idsOnly: boolean): number {
  const cap = idsOnly ? MAX_PAGE_IDS_ONLY : MAX_PAGE_WITH_FIELDS;
  const wanted = requested === undefined || Number.isNaN(requested) ? DEFAULT_PAGE : requested;
  return Math.min(Math.max(wanted, 1), cap);
}

/** Tokens are opaque to clients; this one carries the offset and the query it belongs to. */
function encodePageToken(offset: number, jql: string): string {
  return Buffer.from(JSON.stringify({ offset, jql })).toString('base64url');
}

function decodePageToken(token: string | undefined, jql: string): number {
  if (token === undefined) return 0;
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset?: unknown; jql?: unknown };
    if (typeof decoded.offset === 'number' && decoded.jql === jql) return decoded.offset;
  } catch {
    // fall through to the error below
  }
  throw badRequest('The provided next page token is invalid or has expired.');
}
