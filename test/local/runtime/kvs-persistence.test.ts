import { kvs } from '@forge/kvs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyForge } from './tiny-forge';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'local-forge-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('keeps stored values when the storage file is reopened', async () => {
  const storageFile = join(dir, 'storage.sqlite');
  const first = tinyForge({ storageFile });
  await kvs.set('survives', { restarts: true });
  await first.close();
  const second = tinyForge({ storageFile });
  const value = await kvs.get('survives');
  await second.close();
  expect(value).toEqual({ restarts: true });
});
