import { KEY_RESULT_ALIAS } from '../../shared/issue-property';
import { jqlString } from './search-issues';

/**
 * How many values one JQL query carries. Long `in` lists are fine for Jira's POST search; keeping
 * the count high means fewer queries, and so fewer partly filled last pages.
 */
export const JQL_VALUES_PER_QUERY = 1000;

/**
 * The searches that read a set of key results' work in one stream: issues linked to them, OR
 * children of the epics known to carry their links (from the last roll-up). Split only when the
 * value lists grow past what one query should carry.
 */
export function linkedWorkJql(keyResultIds: readonly string[], epicKeys: readonly string[]): string[] {
  const terms = [...new Set(keyResultIds)].map((id) => ({ field: KEY_RESULT_ALIAS, value: jqlString(id) }));
  terms.push(...[...new Set(epicKeys)].map((key) => ({ field: 'parent', value: key })));
  const queries: string[] = [];
  for (let i = 0; i < terms.length; i += JQL_VALUES_PER_QUERY) {
    const part = terms.slice(i, i + JQL_VALUES_PER_QUERY);
    const byField = new Map<string, string[]>();
    for (const term of part) byField.set(term.field, [...(byField.get(term.field) ?? []), term.value]);
    queries.push([...byField].map(([field, values]) => `${field} in (${values.join(', ')})`).join(' OR '));
  }
  return queries;
}

/** Children of these epics, for epics found linked that the last roll-up did not know. */
export function childrenJql(epicKeys: readonly string[]): string[] {
  return linkedWorkJql([], epicKeys);
}

/** Those of these issues that carry links: parents of a sprint's issues, read for the links they pass down. */
export function linkedAmongJql(issueKeys: readonly string[]): string[] {
  const queries: string[] = [];
  const keys = [...new Set(issueKeys)];
  for (let i = 0; i < keys.length; i += JQL_VALUES_PER_QUERY) {
    queries.push(`key in (${keys.slice(i, i + JQL_VALUES_PER_QUERY).join(', ')}) AND ${KEY_RESULT_ALIAS} IS NOT EMPTY`);
  }
  return queries;
}
