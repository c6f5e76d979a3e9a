import type { Access } from './access';
import { badRequest } from './http-types';
import { type CompiledJql, compileJql } from './jql/jql-compiler';
import { JqlError } from './jql/jql-tokenizer';
import { visibleIssues } from './lookups';
import type { EmulatorCore } from './route-types';
import type { SiteIssue } from './site-data';

export const UNBOUNDED_JQL = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

/** Compiles JQL against what the acting user can see; syntax and field errors become Jira's 400. */
export function compileForUser(core: EmulatorCore, access: Access, jql: string): CompiledJql {
  try {
    return compileJql(jql, {
      store: core.store,
      access,
      aliases: core.searchAliases,
      propertiesOf: (issue) => core.store.searchIndex.propertiesOf(issue.id),
    });
  } catch (error) {
    if (error instanceof JqlError) throw badRequest(error.message);
    throw error;
  }
}

/** Visible issues matching the query, in its ORDER BY or else the given default order. */
export function findIssues(
  core: EmulatorCore,
  access: Access,
  query: CompiledJql | undefined,
  defaultOrder: (a: SiteIssue, b: SiteIssue) => number,
  scope: (issue: SiteIssue) => boolean = () => true,
): SiteIssue[] {
  const matching = visibleIssues(core.store, access).filter((issue) => scope(issue) && (query?.matches(issue) ?? true));
  return matching.sort(query?.compare ?? defaultOrder);
}

export const newestFirst = (a: SiteIssue, b: SiteIssue): number => Number(b.id) - Number(a.id);
export const rankOrder = (a: SiteIssue, b: SiteIssue): number => Number(a.id) - Number(b.id);
