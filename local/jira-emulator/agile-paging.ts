import { queryInt } from './request-parsing';

/** Agile lists cap pages at 50 values; issue lists at 100 like the platform search with fields. */
const MAX_VALUES = 50;
const MAX_ISSUES = 100;

function window(query: URLSearchParams, cap: number): { startAt: number; maxResults: number } {
  const startAt = Math.max(queryInt(query, 'startAt', 0), 0);
  const maxResults = Math.min(Math.max(queryInt(query, 'maxResults', 50), 1), cap);
  return { startAt, maxResults };
}

/** `{maxResults, startAt, total?, isLast, values}`: boards carry a total, sprints do not (as recorded). */
export function valuesPage<T>(all: T[], query: URLSearchParams, withTotal: boolean): Record<string, unknown> {
  const { startAt, maxResults } = window(query, MAX_VALUES);
  const values = all.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= all.length;
  return { maxResults, startAt, ...(withTotal ? { total: all.length } : {}), isLast, values };
}

/** `{expand, startAt, maxResults, total, issues}` with the page's issues rendered by the caller. */
export function issuesPage<T>(all: T[], query: URLSearchParams, render: (item: T) => unknown): Record<string, unknown> {
  const { startAt, maxResults } = window(query, MAX_ISSUES);
  const issues = all.slice(startAt, startAt + maxResults).map(render);
  return { expand: 'schema,names', startAt, maxResults, total: all.length, issues };
}
