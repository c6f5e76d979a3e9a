import type { SiteIssue } from '../site-data';
import type { JqlContext, JqlFieldDef } from './jql-fields';

const PROPERTY_CLAUSE = /^issue\.property\[(.+?)\]\.(.+)$/i;

/** `issue.property[key].path` or a searchAlias declared for one; undefined when the name is neither. */
export function propertyFieldDef(name: string, context: JqlContext): JqlFieldDef | undefined {
  const target = parsePropertyClause(name) ?? aliasTarget(name, context.aliases);
  if (!target) return undefined;
  const { propertyKey, path } = target;
  return {
    name,
    valuesOf: (issue: SiteIssue) => valuesAtPath(context.propertiesOf(issue)[propertyKey], path.split('.')),
    resolve: (value) => normalize(value.text),
  };
}

function parsePropertyClause(name: string): { propertyKey: string; path: string } | undefined {
  const match = PROPERTY_CLAUSE.exec(name);
  return match?.[1] && match[2] ? { propertyKey: match[1], path: match[2] } : undefined;
}

/** Aliases map to 'propertyKey.path'; property keys of this app carry no dot, so the first dot splits them. */
function aliasTarget(name: string, aliases: Record<string, string>): { propertyKey: string; path: string } | undefined {
  const alias = Object.keys(aliases).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const target = alias === undefined ? undefined : aliases[alias];
  if (!target) return undefined;
  const dot = target.indexOf('.');
  return dot < 0 ? undefined : { propertyKey: target.slice(0, dot), path: target.slice(dot + 1) };
}

/** Jira indexes every element of an array on the way down, so an array matches when any element does. */
function valuesAtPath(value: unknown, path: string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((element) => valuesAtPath(element, path));
  const [head, ...rest] = path;
  if (head === undefined) return scalarText(value);
  if (value === null || typeof value !== 'object') return [];
  return valuesAtPath((value as Record<string, unknown>)[head], rest);
}

function scalarText(value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return [normalize(String(value))];
  }
  return [];
}

/** Numbers are indexed as numbers: "5", "5.0" and 5 are the same value. */
function normalize(text: string): string {
  const number = Number(text);
  return text.trim() !== '' && Number.isFinite(number) ? String(number) : text;
}
