import type { SiteIssue } from '../site-data';
import type { JqlClause, JqlQuery, JqlSort, JqlTerm } from './jql-ast';
import { type JqlContext, type JqlFieldDef, findFieldDef, isKnownJiraField } from './jql-fields';
import { parseJql } from './jql-parser';
import { JqlError } from './jql-tokenizer';

export interface CompiledJql {
  /** False when the query has no search restriction (empty, or only ORDER BY). */
  bounded: boolean;
  matches: (issue: SiteIssue) => boolean;
  /** Undefined when the query has no ORDER BY: each endpoint applies its own default order. */
  compare?: (a: SiteIssue, b: SiteIssue) => number;
}

/** Parses and checks every field and value up front, so a bad query fails even when nothing would match. */
export function compileJql(jql: string, context: JqlContext): CompiledJql {
  const query: JqlQuery = parseJql(jql);
  const matches = query.where ? compileClause(query.where, context) : () => true;
  const compare = query.orderBy.length > 0 ? compileOrder(query.orderBy) : undefined;
  return { bounded: query.where !== undefined, matches, compare };
}

function compileClause(clause: JqlClause, context: JqlContext): (issue: SiteIssue) => boolean {
  if (clause.kind === 'term') return compileTerm(clause, context);
  if (clause.kind === 'not') {
    const inner = compileClause(clause.clause, context);
    return (issue) => !inner(issue);
  }
  const left = compileClause(clause.left, context);
  const right = compileClause(clause.right, context);
  return clause.kind === 'and' ? (issue) => left(issue) && right(issue) : (issue) => left(issue) || right(issue);
}

function compileTerm(term: JqlTerm, context: JqlContext): (issue: SiteIssue) => boolean {
  const field = findFieldDef(term.field, context);
  if (term.operator === 'is' || term.operator === 'is not') {
    const wantEmpty = term.operator === 'is';
    return (issue) => (field.valuesOf(issue).length === 0) === wantEmpty;
  }
  if (!['=', '!=', 'in', 'not in'].includes(term.operator)) {
    throw new JqlError(`The operator '${term.operator}' is not supported by the '${term.field}' field.`);
  }
  const wanted = new Set(operandValues(term, field));
  const positive = term.operator === '=' || term.operator === 'in';
  // Like Jira, '!=' and 'NOT IN' never match an issue that has no value for the field.
  return (issue) => {
    const values = field.valuesOf(issue);
    const hit = values.some((value) => wanted.has(value));
    return positive ? hit : values.length > 0 && !hit;
  };
}

function operandValues(term: JqlTerm, field: JqlFieldDef): string[] {
  const { operand, operator } = term;
  const isList = operator === 'in' || operator === 'not in';
  if (operand.kind === 'empty') throw new JqlError(`The operator '${operator}' does not support the value EMPTY.`);
  if (operand.kind === 'function') {
    const values = field.resolveFunction?.(operand.name);
    if (!values) throw new JqlError(`Unable to find JQL function '${operand.name}()'.`);
    if (!isList) throw new JqlError(`The operator '${operator}' is not supported by the function '${operand.name}'.`);
    return values;
  }
  if (operand.kind === 'list') {
    if (!isList) throw new JqlError(`The operator '${operator}' does not support multiple values.`);
    return operand.values.map((value) => field.resolve(value));
  }
  return [field.resolve(operand.value)];
}

const SORT_KEYS: Record<string, (issue: SiteIssue) => number | string> = {
  key: keySortValue,
  issuekey: keySortValue,
  id: (issue) => Number(issue.id),
  // Rank follows creation order in the emulator: nothing re-ranks issues.
  rank: (issue) => Number(issue.id),
  created: (issue) => Date.parse(issue.created),
};

function compileOrder(sorts: JqlSort[]): (a: SiteIssue, b: SiteIssue) => number {
  const comparers = sorts.map((sort) => {
    const sortValue = SORT_KEYS[sort.field.toLowerCase()];
    if (!sortValue) throw unsortable(sort.field);
    const sign = sort.direction === 'desc' ? -1 : 1;
    return (a: SiteIssue, b: SiteIssue) => sign * compareValues(sortValue(a), sortValue(b));
  });
  return (a, b) => comparers.reduce((result, compare) => result || compare(a, b), 0);
}

function unsortable(field: string): JqlError {
  if (isKnownJiraField(field)) return new JqlError(`The Jira emulator does not support sorting by '${field}'.`);
  return new JqlError(`Field '${field}' does not exist or you do not have permission to view it.`);
}

function keySortValue(issue: SiteIssue): string {
  const [project = '', number = '0'] = issue.key.split('-');
  return `${project.toUpperCase()}-${number.padStart(12, '0')}`;
}

function compareValues(a: number | string, b: number | string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
