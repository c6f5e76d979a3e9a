import { Filter, FilterConditions, kvs } from '@forge/kvs';
import type { LocalForge } from '../../../local/runtime/local-forge';
import { tinyForge } from './tiny-forge';

let forge: LocalForge;
beforeEach(() => {
  forge = tinyForge();
});
afterEach(() => forge.close());

describe('kvs batches and transactions', () => {
  it('stores every item when a batch set succeeds', async () => {
    const result = await kvs.batchSet([
      { key: 'x', value: 1 },
      { key: 'y', value: 2 },
    ]);
    expect([result, await kvs.get('y')]).toEqual([{ successfulKeys: [{ key: 'x' }, { key: 'y' }], failedKeys: [] }, 2]);
  });

  it('fails only the bad item when one key of a batch is invalid', async () => {
    const result = await kvs.batchSet([
      { key: 'ok', value: 1 },
      { key: 'bad/key', value: 2 },
    ]);
    expect(result.failedKeys).toEqual([{ key: 'bad/key', error: expect.objectContaining({ code: 'INVALID_KEY' }) }]);
  });

  it('reports missing keys as failed when batch getting', async () => {
    await kvs.set('present', 'p');
    const result = await kvs.batchGet([{ key: 'present' }, { key: 'absent' }]);
    expect(result).toEqual({
      successfulKeys: [{ key: 'present', value: 'p' }],
      failedKeys: [{ key: 'absent', error: expect.objectContaining({ code: 'KEY_NOT_FOUND' }) }],
    });
  });

  it('removes every key when batch deleting', async () => {
    await kvs.batchSet([
      { key: 'd1', value: 1 },
      { key: 'd2', value: 2 },
    ]);
    await kvs.batchDelete([{ key: 'd1' }, { key: 'd2' }]);
    expect(await kvs.batchGet([{ key: 'd1' }, { key: 'd2' }])).toMatchObject({ successfulKeys: [] });
  });

  it('applies every operation when a transaction commits', async () => {
    await kvs.set('old', 1);
    await kvs.transact().set('new', 2).delete('old').execute();
    expect([await kvs.get('new'), await kvs.get('old')]).toEqual([2, undefined]);
  });

  it('applies nothing when a transaction condition fails', async () => {
    await kvs.entity('tiny-note').set('n1', { issueKey: 'OKR-1', score: 1 });
    const tx = kvs
      .transact()
      .set('written', true)
      .check('n1', { entityName: 'tiny-note', conditions: new Filter<{ score: number }>().and('score', FilterConditions.greaterThan(5)) });
    await expect(tx.execute()).rejects.toMatchObject({ code: 'CONDITION_FAILED' });
    expect(await kvs.get('written')).toBeUndefined();
  });
});
