import { entityNamespace } from './entity-query';
import { matchesFilters, type FilterGroup } from './filter-match';
import { itemView, ttlSeconds, type ItemView } from './item-view';
import { badRequest, KvsError } from './kvs-error';
import { assertUniqueKeys, KVS_LIMITS, validateEntityName, validateItemCount, validateKey, validateValue } from './kvs-limits';
import type { SqliteStore } from './sqlite-store';

interface BatchItem {
  key: string;
  value?: unknown;
  entityName?: string;
  options?: { ttl?: unknown; metadataFields?: string[] };
  conditions?: FilterGroup;
}

interface FailedKey {
  key: string;
  entityName?: string;
  error: { code: string; message: string };
}

function namespaceOf(item: BatchItem): string {
  return item.entityName === undefined ? 'kvs' : entityNamespace(validateEntityName(item.entityName));
}

function keyRef(item: BatchItem): { key: string; entityName?: string } {
  return item.entityName === undefined ? { key: item.key } : { key: item.key, entityName: item.entityName };
}

function applyOne(store: SqliteStore, op: string, item: BatchItem): ItemView | FailedKey | { key: string } {
  const ns = namespaceOf(item);
  validateKey(item.key);
  if (op === 'set') {
    store.put(ns, item.key, validateValue(item.value), ttlSeconds(item.options));
    return keyRef(item);
  }
  if (op === 'delete') {
    store.delete(ns, item.key);
    return keyRef(item);
  }
  const found = store.get(ns, item.key);
  if (!found) return { ...keyRef(item), error: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } };
  return itemView(found, item.options?.metadataFields, item.entityName);
}

/**
 * `batch/set|get|delete`: each item succeeds or fails on its own, but a malformed batch
 * (empty, over 25 items, a key twice) fails whole, as the service documents.
 */
export function runBatch(store: SqliteStore, op: string, body: unknown) {
  const items = validateItemCount(body, KVS_LIMITS.maxBatchItems, 'a batch') as BatchItem[];
  assertUniqueKeys(items);
  const successfulKeys: unknown[] = [];
  const failedKeys: FailedKey[] = [];
  for (const item of items) {
    try {
      const result = applyOne(store, op, item);
      if ('error' in result) failedKeys.push(result);
      else successfulKeys.push(result);
    } catch (error) {
      if (!(error instanceof KvsError)) throw error;
      failedKeys.push({ ...keyRef(item), error: error.toBody() });
    }
  }
  return { successfulKeys, failedKeys };
}

interface TransactionBody {
  set?: BatchItem[];
  delete?: BatchItem[];
  check?: BatchItem[];
}

function assertConditions(store: SqliteStore, item: BatchItem, mustExist: boolean): void {
  if (!item.conditions && !mustExist) return;
  const current = store.get(namespaceOf(item), item.key);
  if (current === undefined || !matchesFilters(current.value, item.conditions)) {
    throw new KvsError(409, 'CONDITION_FAILED', `Transaction condition failed for key '${item.key}'`);
  }
}

/** `transaction`: at most 25 operations, each key once, all applied or none. */
export function runTransaction(store: SqliteStore, body: unknown): void {
  const tx = (body ?? {}) as TransactionBody;
  const all = [...(tx.set ?? []), ...(tx.delete ?? []), ...(tx.check ?? [])];
  if (all.length === 0) throw badRequest('Provided request body is invalid: a transaction needs at least one operation');
  validateItemCount(all, KVS_LIMITS.maxTransactionOps, 'a transaction');
  assertUniqueKeys(all);
  store.atomically(() => {
    for (const item of tx.check ?? []) assertConditions(store, item, true);
    for (const item of tx.set ?? []) {
      assertConditions(store, item, false);
      store.put(namespaceOf(item), validateKey(item.key), validateValue(item.value), ttlSeconds(item.options));
    }
    for (const item of tx.delete ?? []) {
      assertConditions(store, item, false);
      store.delete(namespaceOf(item), validateKey(item.key));
    }
  });
}
