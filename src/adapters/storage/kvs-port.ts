import { type kvs, WhereConditions } from '@forge/kvs';

/** The part of @forge/kvs the adapters use; tests pass the real package or this shape. */
export type KvsPort = Pick<typeof kvs, 'get' | 'set' | 'delete' | 'query' | 'batchGet' | 'batchSet' | 'transact'>;

/** Forge caps query pages, batches and transactions; these are the caps. */
export const KVS_QUERY_LIMIT = 100;
export const KVS_BATCH_LIMIT = 25;

/** Every key and value under a prefix, following the cursor (cursors are never stored). */
export async function listByPrefix<T>(store: KvsPort, prefix: string): Promise<{ key: string; value: T }[]> {
  const entries: { key: string; value: T }[] = [];
  let cursor: string | undefined;
  do {
    let query = store.query().where('key', WhereConditions.beginsWith(prefix)).limit(KVS_QUERY_LIMIT);
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany<T>();
    entries.push(...page.results);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return entries;
}

export async function listValuesByPrefix<T>(store: KvsPort, prefix: string): Promise<T[]> {
  return (await listByPrefix<T>(store, prefix)).map((entry) => entry.value);
}

export type KvsOperation = { set: string; value: unknown } | { delete: string };

/** Runs set/delete operations in transactions of at most 25, in order. */
export async function transactInChunks(store: KvsPort, operations: readonly KvsOperation[]): Promise<void> {
  for (let i = 0; i < operations.length; i += KVS_BATCH_LIMIT) {
    let transaction = store.transact();
    for (const operation of operations.slice(i, i + KVS_BATCH_LIMIT)) {
      transaction = 'set' in operation ? transaction.set(operation.set, operation.value) : transaction.delete(operation.delete);
    }
    await transaction.execute();
  }
}

/** Values of many keys, 25 at a time; missing keys are left out. */
export async function getMany<T>(store: KvsPort, keys: readonly string[]): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  for (let i = 0; i < keys.length; i += KVS_BATCH_LIMIT) {
    const batch = await store.batchGet<T>(keys.slice(i, i + KVS_BATCH_LIMIT).map((key) => ({ key })));
    for (const item of batch.successfulKeys) found.set(item.key, item.value);
  }
  return found;
}
