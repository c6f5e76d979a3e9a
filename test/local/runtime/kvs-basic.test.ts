import { kvs, WhereConditions } from '@forge/kvs';
import type { LocalForge } from '../../../local/runtime/local-forge';
import { tinyForge } from './tiny-forge';

let forge: LocalForge;
beforeEach(() => {
  forge = tinyForge();
});
afterEach(() => forge.close());

async function setMany(keys: string[]): Promise<void> {
  for (const key of keys) await kvs.set(key, { key });
}

describe('kvs through the unmodified @forge/kvs package', () => {
  it('returns the stored value when a key was set', async () => {
    await kvs.set('objective-1', { title: 'Grow' });
    expect(await kvs.get('objective-1')).toEqual({ title: 'Grow' });
  });

  it('returns undefined when the key was never set', async () => {
    expect(await kvs.get('missing')).toBeUndefined();
  });

  it('forgets the value when the key is deleted', async () => {
    await kvs.set('gone', 1);
    await kvs.delete('gone');
    expect(await kvs.get('gone')).toBeUndefined();
  });

  it('succeeds when deleting a key that does not exist', async () => {
    await expect(kvs.delete('never-there')).resolves.toBeUndefined();
  });

  it('returns metadata fields when asked for them', async () => {
    await kvs.set('with-meta', 'v');
    const result = await kvs.get('with-meta', { metadataFields: ['CREATED_AT' as never, 'UPDATED_AT' as never] });
    expect(result).toEqual({ key: 'with-meta', value: 'v', createdAt: expect.any(Number), updatedAt: expect.any(Number) });
  });

  it('lists only keys with the prefix when querying with beginsWith', async () => {
    await setMany(['kr-1', 'kr-2', 'objective-1']);
    const { results } = await kvs.query().where('key', WhereConditions.beginsWith('kr-')).getMany();
    expect(results.map((r) => r.key)).toEqual(['kr-1', 'kr-2']);
  });

  it('pages through every key in order when following the cursor', async () => {
    await setMany(['p-1', 'p-2', 'p-3', 'p-4', 'p-5']);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = kvs.query().where('key', WhereConditions.beginsWith('p-')).limit(2);
      const page = await (cursor ? query.cursor(cursor) : query).getMany();
      seen.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5']);
  });

  it('returns no cursor when the last page is reached', async () => {
    await setMany(['c-1', 'c-2']);
    const page = await kvs.query().where('key', WhereConditions.beginsWith('c-')).limit(2).getMany();
    expect(page.nextCursor).toBeUndefined();
  });

  it('lists every key in key order when querying without a condition', async () => {
    await setMany(['b', 'a', 'c']);
    const { results } = await kvs.query().getMany();
    expect(results.map((r) => r.key)).toEqual(['a', 'b', 'c']);
  });

  it('keeps secrets apart from plain keys when both use the same key', async () => {
    await kvs.setSecret('token', 'secret');
    await kvs.set('token', 'plain');
    expect([await kvs.getSecret('token'), await kvs.get('token')]).toEqual(['secret', 'plain']);
  });

  it('counts every storage request when the app uses kvs', async () => {
    await kvs.set('counted', 1);
    await kvs.get('counted');
    expect(forge.kvsStats.snapshot()).toEqual({ total: 2, byName: { set: 1, get: 1 } });
  });
});
