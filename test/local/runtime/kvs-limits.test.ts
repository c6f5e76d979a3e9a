import { kvs } from '@forge/kvs';
import type { LocalForge } from '../../../local/runtime/local-forge';
import { tinyForge } from './tiny-forge';

let forge: LocalForge;
beforeEach(() => {
  forge = tinyForge();
});
afterEach(() => forge.close());

describe('kvs limits enforced like Forge', () => {
  it('rejects a key longer than 500 characters with KEY_TOO_LONG', async () => {
    await expect(kvs.set('k'.repeat(501), 1)).rejects.toMatchObject({ code: 'KEY_TOO_LONG' });
  });

  it('rejects a key containing a slash with INVALID_KEY', async () => {
    await expect(kvs.set('objective/1', 1)).rejects.toMatchObject({ code: 'INVALID_KEY' });
  });

  it('rejects a value over 240 KiB with MAX_SIZE', async () => {
    await expect(kvs.set('big', 'x'.repeat(240 * 1024 + 1))).rejects.toMatchObject({ code: 'MAX_SIZE' });
  });

  it('rejects a query limit over 100', async () => {
    await expect(kvs.query().limit(101).getMany()).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('rejects a batch of more than 25 items', async () => {
    const items = Array.from({ length: 26 }, (_, i) => ({ key: `b-${i}`, value: i }));
    await expect(kvs.batchSet(items)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('rejects a transaction of more than 25 operations', async () => {
    const tx = kvs.transact();
    for (let i = 0; i < 26; i += 1) tx.set(`t-${i}`, i);
    await expect(tx.execute()).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('reports the HTTP status of the rejection on the error', async () => {
    await expect(kvs.set('a/b', 1)).rejects.toMatchObject({ responseDetails: { status: 400 } });
  });
});
