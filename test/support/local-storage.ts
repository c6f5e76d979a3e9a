import { kvs } from '@forge/kvs';
import { resolve } from 'node:path';
import { createLocalForge, type LocalForge } from '../../local/runtime/local-forge';

export const MANIFEST_PATH = resolve(__dirname, '../../manifest.yml');

/**
 * The real @forge/kvs package, served by the local runtime's SQLite store in memory: adapter
 * tests run against the same protocol the platform speaks.
 */
export function localKvs(): { store: typeof kvs; forge: LocalForge } {
  const forge = createLocalForge({ manifestPath: MANIFEST_PATH, storageFile: ':memory:', logError: () => undefined });
  return { store: kvs, forge };
}
