import { route } from '@forge/api';
import type { JiraClient } from './jira-client';
import { type JiraIssue, searchPageSchema } from './jira-schemas';

export interface SearchRequest {
  jql: string;
  fields: readonly string[];
  properties?: readonly string[];
  /** Issues written just now: Jira's search is eventually consistent, this makes them current. */
  reconcileIssues?: readonly number[];
}

/** Jira returns at most 100 issues a page when fields are asked for. */
export const SEARCH_PAGE_SIZE = 100;

/**
 * All issues of a JQL search through `/rest/api/3/search/jql`, following `nextPageToken`.
 * Stops on `isLast`, on a page without a token, and on a token already seen (a looping server).
 */
export async function searchAllIssues(client: JiraClient, request: SearchRequest): Promise<JiraIssue[]> {
  const issues: JiraIssue[] = [];
  const seenTokens = new Set<string>();
  let nextPageToken: string | undefined;
  do {
    const page = await client.post(
      route`/rest/api/3/search/jql`,
      {
        jql: request.jql,
        fields: request.fields,
        maxResults: SEARCH_PAGE_SIZE,
        ...(request.properties?.length ? { properties: request.properties } : {}),
        ...(request.reconcileIssues?.length ? { reconcileIssues: request.reconcileIssues.slice(0, 50) } : {}),
        ...(nextPageToken === undefined ? {} : { nextPageToken }),
      },
      searchPageSchema,
    );
    issues.push(...page.issues);
    const token = page.nextPageToken ?? undefined;
    if (page.isLast === true || token === undefined || seenTokens.has(token)) break;
    seenTokens.add(token);
    nextPageToken = token;
  } while (nextPageToken !== undefined);
  return issues;
}

/** Splits values into JQL-sized chunks so no query grows past what Jira accepts. */
export function chunk<T>(values: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
  return chunks;
}

/** A JQL string literal: quoted, with quotes and backslashes escaped. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
