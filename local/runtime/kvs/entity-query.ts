import { encodeCursor, decodeCursor } from './cursor';
import { KvsError } from './kvs-error';
import { validateEntityName, validateLimit } from './kvs-limits';
import { compareValues, matchesCondition, matchesFilters, type FilterGroup } from './filter-match';
import type { SqliteStore, StoredItem } from './sqlite-store';

/** A custom entity index as declared in manifest.yml (`app.storage.entities[].indexes`). */
export interface EntityIndex {
  name: string;
  range: string[];
  partition: string[];
}

export interface EntityDefinition {
  name: string;
  attributes: Record<string, { type?: string }>;
  indexes: EntityIndex[];
}

export interface EntityQueryRequest {
  entityName?: unknown;
  indexName?: unknown;
  partition?: unknown[];
  range?: { condition: string; values: unknown[] };
  filters?: FilterGroup;
  sort?: 'ASC' | 'DESC';
  cursor?: string;
  limit?: number;
}

export const entityNamespace = (entityName: string): string => `entity:${entityName}`;

function attr(value: unknown, name: string | undefined): unknown {
  if (name === undefined || value === null || typeof value !== 'object') return undefined;
  return (value as Record<string, unknown>)[name];
}

function findIndex(definitions: readonly EntityDefinition[], entityName: string, indexName: unknown): EntityIndex {
  const entity = definitions.find((d) => d.name === entityName);
  if (!entity) throw new KvsError(400, 'ENTITY_NOT_DEFINED', `Entity '${entityName}' is not declared in manifest.yml`);
  const index = entity.indexes.find((i) => i.name === indexName);
  if (!index) throw new KvsError(400, 'INDEX_NOT_DEFINED', `Index '${String(indexName)}' is not declared for entity '${entityName}'`);
  return index;
}

function inPartition(item: StoredItem, index: EntityIndex, partition: unknown[] | undefined): boolean {
  if (index.partition.length === 0) return true;
  return index.partition.every((name, i) => attr(item.value, name) === partition?.[i]);
}

/**
 * Custom entity queries, evaluated in memory over the entity's rows: cheap at local scale and
 * faithful to the service's rules (index required, partition equality, range on the index's
 * range attribute, filters, sort by range value then key, cursor paging).
 */
export function queryEntity(store: SqliteStore, definitions: readonly EntityDefinition[], req: EntityQueryRequest) {
  const entityName = validateEntityName(req.entityName);
  const index = findIndex(definitions, entityName, req.indexName);
  const limit = validateLimit(req.limit);
  const rangeAttr = index.range[0];
  const direction = req.sort === 'DESC' ? -1 : 1;
  const matching = store
    .listAll(entityNamespace(entityName))
    .filter((item) => attr(item.value, rangeAttr) !== undefined || index.range.length === 0)
    .filter((item) => inPartition(item, index, req.partition))
    .filter((item) => !req.range || matchesCondition(attr(item.value, rangeAttr), req.range.condition, req.range.values))
    .filter((item) => matchesFilters(item.value, req.filters))
    .sort((a, b) => direction * (compareValues(attr(a.value, rangeAttr), attr(b.value, rangeAttr)) || compareValues(a.key, b.key)));
  const offset = Number(decodeCursor(req.cursor) ?? 0);
  const page = matching.slice(offset, offset + limit);
  const next = offset + limit < matching.length ? encodeCursor(offset + limit) : undefined;
  return { data: page.map((item) => ({ key: item.key, value: item.value })), ...(next ? { cursor: next } : {}) };
}
