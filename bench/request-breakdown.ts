import type { RecordedResponse } from './recording-transport';

/** Search requests and the issues they returned, grouped by the JQL's first field. */
export interface SearchBreakdown {
  requests: number;
  issues: number;
}

export interface RequestBreakdown {
  /** Requests by method and path (no query). */
  byPath: Record<string, number>;
  /** Search pages by JQL kind (`okrKeyResult in`, `parent in`, `sprint =` ...). */
  searches: Record<string, SearchBreakdown>;
  /** Issues in all search pages, duplicates included: compare with the issues the call must read. */
  issuesReceived: number;
}

/** Where a call's Jira requests went, to explain a count above its bound. */
export function breakDown(responses: readonly RecordedResponse[]): RequestBreakdown {
  const byPath: Record<string, number> = {};
  const searches: Record<string, SearchBreakdown> = {};
  let issuesReceived = 0;
  for (const response of responses) {
    const name = `${response.method} ${response.path.split('?')[0] ?? response.path}`;
    byPath[name] = (byPath[name] ?? 0) + 1;
    if (!name.endsWith('/rest/api/3/search/jql') || response.body === '') continue;
    const issues = (JSON.parse(response.body) as { issues?: unknown[] }).issues?.length ?? 0;
    const kind = jqlKind(response.requestBody);
    const entry = (searches[kind] ??= { requests: 0, issues: 0 });
    entry.requests += 1;
    entry.issues += issues;
    issuesReceived += issues;
  }
  return { byPath, searches, issuesReceived };
}

/** `okrKeyResult in (...)` → "okrKeyResult in"; GET searches carry their JQL in the query. */
export function jqlKind(requestBody: string | undefined): string {
  const parsed = requestBody === undefined ? undefined : (JSON.parse(requestBody) as { jql?: unknown }).jql;
  const jql = typeof parsed === 'string' ? parsed : '';
  const match = /^\s*(\S+)\s+(in|=|not in|!=)/i.exec(jql);
  return match ? `${match[1]} ${match[2]?.toLowerCase()}` : jql.slice(0, 20) || '(none)';
}
