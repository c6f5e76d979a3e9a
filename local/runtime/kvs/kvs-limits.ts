import { badRequest, KvsError } from './kvs-error';

/** Forge hosted storage limits (FORGE-NOTES.md "Limits that shape the design"). */
export const KVS_LIMITS = {
  maxKeyLength: 500,
  maxValueBytes: 240 * 1024,
  maxDepth: 32,
  maxQueryLimit: 100,
  defaultQueryLimit: 10,
  maxBatchItems: 25,
  maxTransactionOps: 25,
  minEntityNameLength: 3,
  maxEntityNameLength: 60,
} as const;

// The regex Atlassian documents for keys: anything but `/`, quotes, etc. is rejected.
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

export function validateKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0) {
    throw new KvsError(400, 'KEY_TOO_SHORT', 'The provided key needs to be more than one character.');
  }
  if (key.length > KVS_LIMITS.maxKeyLength) {
    throw new KvsError(400, 'KEY_TOO_LONG', `The provided key has exceeded the maximum ${KVS_LIMITS.maxKeyLength} characters.`);
  }
  if (!KEY_PATTERN.test(key)) {
    throw new KvsError(400, 'INVALID_KEY', 'The provided key does not match the regex: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/');
  }
  return key;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  return 1 + children.reduce<number>((max, child) => Math.max(max, depthOf(child)), 0);
}

/** Returns the JSON text to store so the size check and the stored bytes are the same thing. */
export function validateValue(value: unknown): string {
  if (value === undefined) throw badRequest('Provided request body is invalid: value is required');
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json, 'utf8') > KVS_LIMITS.maxValueBytes) {
    throw new KvsError(400, 'MAX_SIZE', 'The provided value has exceeded the maximum size limit.');
  }
  if (depthOf(value) > KVS_LIMITS.maxDepth) {
    throw new KvsError(400, 'MAX_DEPTH', `The provided value has exceeded the maximum object depth (${KVS_LIMITS.maxDepth}) limit.`);
  }
  return json;
}

export function validateLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return KVS_LIMITS.defaultQueryLimit;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > KVS_LIMITS.maxQueryLimit) {
    throw badRequest(`Provided request body is invalid: limit must be an integer between 1 and ${KVS_LIMITS.maxQueryLimit}`);
  }
  return limit;
}

export function validateItemCount(items: unknown, max: number, what: string): unknown[] {
  if (!Array.isArray(items) || items.length === 0) {
    throw badRequest(`Provided request body is invalid: ${what} must contain at least one item`);
  }
  if (items.length > max) {
    throw badRequest(`Provided request body is invalid: ${what} can contain at most ${max} items`);
  }
  return items;
}

export function validateEntityName(name: unknown): string {
  if (typeof name !== 'string' || name.length < KVS_LIMITS.minEntityNameLength) {
    throw new KvsError(400, 'ENTITY_TYPE_TOO_SHORT', 'The provided entity name needs to be more than 3 characters.');
  }
  if (name.length > KVS_LIMITS.maxEntityNameLength) {
    throw new KvsError(400, 'ENTITY_TYPE_TOO_LARGE', 'The provided entity name has exceeded the maximum 60 characters.');
  }
  return name;
}

/** Keys may appear once per batch or transaction. */
export function assertUniqueKeys(items: ReadonlyArray<{ key: string; entityName?: string | undefined }>): void {
  const seen = new Set<string>();
  for (const item of items) {
    const id = `${item.entityName ?? ''}\u0000${item.key}`;
    if (seen.has(id)) throw badRequest(`Provided request body is invalid: key '${item.key}' is used more than once`);
    seen.add(id);
  }
}
