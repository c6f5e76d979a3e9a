import type { RawResponse } from '../forge-response';
import { runBatch, runTransaction } from './kvs-batch';
import { decodeCursor, encodeCursor } from './cursor';
import { entityNamespace, queryEntity, type EntityDefinition, type EntityQueryRequest } from './entity-query';
import { itemView, ttlSeconds } from './item-view';
import { badRequest, keyNotFound, KvsError } from './kvs-error';
import { validateEntityName, validateKey, validateLimit, validateValue } from './kvs-limits';
import type { KeyCondition, SqliteStore } from './sqlite-store';

interface KeyRequest {
  key?: unknown;
  value?: unknown;
  entityName?: unknown;
  options?: {
    metadataFields?: string[];
    keyPolicy?: string;
    returnValue?: string;
    returnMetadataFields?: string[];
    ttl?: unknown;
  };
}

interface QueryRequest {
  limit?: number;
  after?: string;
  where?: KeyCondition[];
  options?: { metadataFields?: string[] };
}

const ok = (body?: unknown): RawResponse => (body === undefined ? { status: 204 } : { status: 200, body });

/**
 * The Forge storage service (`/api/v1/*`, as called by @forge/kvs) on top of SQLite.
 * Every answer is what the package expects: JSON bodies, 404 `KEY_NOT_FOUND`, `{code,message}` errors.
 */
export class KvsService {
  constructor(
    readonly store: SqliteStore,
    private readonly entities: readonly EntityDefinition[] = [],
  ) {}

  handle(path: string, body: unknown): RawResponse {
    try {
      return this.route(path, body);
    } catch (error) {
      if (error instanceof KvsError) return { status: error.status, body: error.toBody() };
      throw error;
    }
  }

  private route(path: string, body: unknown): RawResponse {
    const req = (body ?? {}) as KeyRequest;
    switch (path) {
      case '/api/v1/get':
        return this.get('kvs', req);
      case '/api/v1/set':
        return this.set('kvs', req);
      case '/api/v1/delete':
        return this.remove('kvs', req);
      case '/api/v1/query':
        return this.query(body as QueryRequest);
      case '/api/v1/secret/get':
        return this.get('secret', req);
      case '/api/v1/secret/set':
        return this.set('secret', req);
      case '/api/v1/secret/delete':
        return this.remove('secret', req);
      case '/api/v1/entity/get':
        return this.get(this.entityNs(req), req);
      case '/api/v1/entity/set':
        return this.set(this.entityNs(req), req);
      case '/api/v1/entity/delete':
        return this.remove(this.entityNs(req), req);
      case '/api/v1/entity/query':
        return ok(queryEntity(this.store, this.entities, body as EntityQueryRequest));
      case '/api/v1/batch/set':
      case '/api/v1/batch/get':
      case '/api/v1/batch/delete':
        return ok(runBatch(this.store, path.slice('/api/v1/batch/'.length), body));
      case '/api/v1/transaction':
        runTransaction(this.store, body);
        return ok();
      default:
        return { status: 404, body: { code: 'NOT_FOUND', message: `No storage operation at ${path}` } };
    }
  }

  private entityNs(req: KeyRequest): string {
    return entityNamespace(validateEntityName(req.entityName));
  }

  private get(ns: string, req: KeyRequest): RawResponse {
    const item = this.store.get(ns, validateKey(req.key));
    if (!item) throw keyNotFound();
    return ok(itemView(item, ['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']));
  }

  private set(ns: string, req: KeyRequest): RawResponse {
    const key = validateKey(req.key);
    const json = validateValue(req.value);
    const options = req.options ?? {};
    const previous = this.store.get(ns, key);
    if (options.keyPolicy === 'FAIL_IF_EXISTS' && previous) {
      throw new KvsError(409, 'KEY_ALREADY_EXISTS', `Key '${key}' already exists`);
    }
    const latest = this.store.put(ns, key, json, ttlSeconds(options));
    if (options.returnValue === 'PREVIOUS') return previous ? ok(itemView(previous, options.returnMetadataFields)) : ok();
    if (options.returnValue === 'LATEST') return ok(itemView(latest, options.returnMetadataFields));
    return ok();
  }

  private remove(ns: string, req: KeyRequest): RawResponse {
    this.store.delete(ns, validateKey(req.key));
    return ok();
  }

  private query(req: QueryRequest = {}): RawResponse {
    const limit = validateLimit(req.limit);
    const where = req.where ?? [];
    if (where.length > 1) throw badRequest('Provided request body is invalid: only one where condition is allowed');
    const after = decodeCursor(req.after);
    const rows = this.store.scan('kvs', where[0], after === undefined ? undefined : String(after), limit);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const cursor = rows.length > limit && last ? encodeCursor(last.key) : undefined;
    const data = page.map((item) => itemView(item, req.options?.metadataFields));
    return ok(cursor ? { data, cursor } : { data });
  }
}
