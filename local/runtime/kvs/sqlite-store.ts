import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** One stored row, as the storage service returns it (times in epoch seconds). */
export interface StoredItem {
  key: string;
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expireTime?: string;
}

/** A condition on the key column (KVS `where`), already checked for shape. */
export interface KeyCondition {
  condition: string;
  values: unknown[];
}

interface Row {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expire_at: number | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS kv_items (
  ns TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  expire_at INTEGER,
  PRIMARY KEY (ns, key)
) WITHOUT ROWID;`;

function toItem(row: Row): StoredItem {
  const item: StoredItem = {
    key: row.key,
    value: JSON.parse(row.value) as unknown,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.expire_at !== null) item.expireTime = new Date(row.expire_at * 1000).toISOString();
  return item;
}

// Only conditions @forge/kvs can send for the key (WhereConditions) are translated.
function keyClause(cond: KeyCondition | undefined): { sql: string; params: unknown[] } {
  if (!cond) return { sql: '', params: [] };
  const [a, b] = cond.values.map(String);
  switch (cond.condition) {
    case 'BEGINS_WITH':
      return { sql: 'AND substr(key, 1, length(?)) = ?', params: [a, a] };
    case 'BETWEEN':
      return { sql: 'AND key >= ? AND key <= ?', params: [a, b] };
    case 'EQUAL_TO':
      return { sql: 'AND key = ?', params: [a] };
    case 'GREATER_THAN':
      return { sql: 'AND key > ?', params: [a] };
    case 'GREATER_THAN_EQUAL_TO':
      return { sql: 'AND key >= ?', params: [a] };
    case 'LESS_THAN':
      return { sql: 'AND key < ?', params: [a] };
    case 'LESS_THAN_EQUAL_TO':
      return { sql: 'AND key <= ?', params: [a] };
    default:
      throw new Error(`Unsupported key condition ${cond.condition}`);
  }
}

/**
 * The storage service's data on one SQLite file (WAL, so a crash loses nothing committed).
 * Namespaces keep plain keys, secrets and each custom entity apart, as Forge does.
 */
export class SqliteStore {
  private readonly db: Database.Database;

  constructor(
    file: string,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
  }

  get(ns: string, key: string): StoredItem | undefined {
    const row = this.db.prepare('SELECT * FROM kv_items WHERE ns = ? AND key = ? AND (expire_at IS NULL OR expire_at > ?)').get(ns, key, this.nowSeconds()) as
      Row | undefined;
    return row ? toItem(row) : undefined;
  }

  put(ns: string, key: string, json: string, ttlSeconds?: number): StoredItem {
    const now = this.nowSeconds();
    const expireAt = ttlSeconds === undefined ? null : now + ttlSeconds;
    const created = this.get(ns, key)?.createdAt ?? now;
    this.db
      .prepare('INSERT OR REPLACE INTO kv_items (ns, key, value, created_at, updated_at, expire_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(ns, key, json, created, now, expireAt);
    return toItem({ key, value: json, created_at: created, updated_at: now, expire_at: expireAt });
  }

  delete(ns: string, key: string): boolean {
    const existed = this.get(ns, key) !== undefined;
    this.db.prepare('DELETE FROM kv_items WHERE ns = ? AND key = ?').run(ns, key);
    return existed;
  }

  /** Rows in key order after `afterKey`, one more than `limit` so callers know if a page follows. */
  scan(ns: string, cond: KeyCondition | undefined, afterKey: string | undefined, limit: number): StoredItem[] {
    const clause = keyClause(cond);
    const after = afterKey === undefined ? '' : 'AND key > ?';
    const params = [ns, this.nowSeconds(), ...clause.params, ...(afterKey === undefined ? [] : [afterKey]), limit + 1];
    const rows = this.db
      .prepare(`SELECT * FROM kv_items WHERE ns = ? AND (expire_at IS NULL OR expire_at > ?) ${clause.sql} ${after} ORDER BY key LIMIT ?`)
      .all(...params) as Row[];
    return rows.map(toItem);
  }

  listAll(ns: string): StoredItem[] {
    return this.scan(ns, undefined, undefined, Number.MAX_SAFE_INTEGER - 1);
  }

  /** Runs `fn` atomically: a thrown error rolls every write back. */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  clear(): void {
    this.db.exec('DELETE FROM kv_items');
  }

  close(): void {
    this.db.close();
  }
}
