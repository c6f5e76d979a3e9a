import type { StoredItem } from './sqlite-store';

export interface ItemView {
  key: string;
  value: unknown;
  entityName?: string;
  createdAt?: number;
  updatedAt?: number;
  expireTime?: string;
}

/** Shapes a row as the service does: metadata only when asked for (`metadataFields`). */
export function itemView(item: StoredItem, fields: readonly string[] | undefined, entityName?: string): ItemView {
  const view: ItemView = { key: item.key, value: item.value };
  if (entityName !== undefined) view.entityName = entityName;
  if (fields?.includes('CREATED_AT')) view.createdAt = item.createdAt;
  if (fields?.includes('UPDATED_AT')) view.updatedAt = item.updatedAt;
  if (fields?.includes('EXPIRE_TIME') && item.expireTime !== undefined) view.expireTime = item.expireTime;
  return view;
}

const TTL_UNIT_SECONDS: Record<string, number> = { SECONDS: 1, MINUTES: 60, HOURS: 3600, DAYS: 86400 };

export function ttlSeconds(options: unknown): number | undefined {
  const ttl = (options as { ttl?: { value?: unknown; unit?: unknown } } | undefined)?.ttl;
  if (!ttl) return undefined;
  const factor = TTL_UNIT_SECONDS[String(ttl.unit)];
  if (factor === undefined || typeof ttl.value !== 'number' || ttl.value <= 0) return undefined;
  return ttl.value * factor;
}
