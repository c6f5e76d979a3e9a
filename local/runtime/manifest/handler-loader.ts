import { resolve } from 'node:path';
import { findModule, type Manifest } from './manifest';

export type ForgeHandler = (...args: unknown[]) => unknown;

/**
 * Resolves a `function` module's `handler: file.export` to the exported function, loading
 * `src/<file>` with Node's `require` (tsx and ts-jest both compile TypeScript on the way).
 */
export function loadFunctionHandler(manifest: Manifest, functionKey: string): ForgeHandler {
  const found = findModule(manifest, functionKey);
  if (!found || found.type !== 'function') throw new Error(`No function module '${functionKey}' in manifest.yml`);
  const handler = found.module['handler'];
  if (typeof handler !== 'string' || !handler.includes('.')) {
    throw new Error(`Function '${functionKey}' has no handler of the form file.export`);
  }
  const cut = handler.lastIndexOf('.');
  const file = resolve(manifest.dir, 'src', handler.slice(0, cut));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = (require(file) as Record<string, unknown>)[handler.slice(cut + 1)];
  if (typeof exported !== 'function') throw new Error(`${handler} does not export a function`);
  return exported as ForgeHandler;
}

export function functionTimeoutSeconds(manifest: Manifest, functionKey: string): number {
  const timeout = findModule(manifest, functionKey)?.module['timeoutSeconds'];
  return typeof timeout === 'number' ? timeout : 25;
}
