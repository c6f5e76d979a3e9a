/** A filter clause as @forge/kvs sends it: `{ property, condition, values }`. */
export interface FilterClause {
  property: string;
  condition: string;
  values: unknown[];
}

export interface FilterGroup {
  and?: FilterClause[];
  or?: FilterClause[];
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function comparable(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number';
}

/** True when `value` (an attribute or the key) satisfies one Forge condition. */
export function matchesCondition(value: unknown, condition: string, values: unknown[]): boolean {
  const [first, second] = values;
  switch (condition) {
    case 'EXISTS':
      return value !== undefined && value !== null;
    case 'NOT_EXISTS':
      return value === undefined || value === null;
    case 'EQUAL_TO':
      return value === first;
    case 'NOT_EQUAL_TO':
      return value !== first;
    case 'BEGINS_WITH':
      return typeof value === 'string' && value.startsWith(String(first));
    case 'CONTAINS':
      return containsValue(value, first);
    case 'NOT_CONTAINS':
      return !containsValue(value, first);
    case 'BETWEEN':
      return comparable(value) && compare(value, first) >= 0 && compare(value, second) <= 0;
    case 'GREATER_THAN':
      return comparable(value) && compare(value, first) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return comparable(value) && compare(value, first) >= 0;
    case 'LESS_THAN':
      return comparable(value) && compare(value, first) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return comparable(value) && compare(value, first) <= 0;
    default:
      throw new Error(`Unsupported condition ${condition}`);
  }
}

function containsValue(value: unknown, needle: unknown): boolean {
  if (typeof value === 'string') return value.includes(String(needle));
  if (Array.isArray(value)) return value.includes(needle);
  return false;
}

function attribute(record: unknown, property: string): unknown {
  if (record === null || typeof record !== 'object') return undefined;
  return (record as Record<string, unknown>)[property];
}

/** Applies an `{and}` / `{or}` group to an entity value; no group matches everything. */
export function matchesFilters(record: unknown, group: FilterGroup | undefined): boolean {
  if (!group) return true;
  const test = (c: FilterClause): boolean => matchesCondition(attribute(record, c.property), c.condition, c.values);
  if (group.and) return group.and.every(test);
  if (group.or) return group.or.some(test);
  return true;
}

export function compareValues(a: unknown, b: unknown): number {
  return compare(a, b);
}
