import { createDemoSite, DEMO_USERS } from '../../../local/datasets/demo-site';
import { startHost, type RunningHost } from '../../../local/host/server';
import { TINY_MANIFEST } from '../runtime/tiny-forge';

export const ALEX = DEMO_USERS.alex.accountId;
export const SAM = DEMO_USERS.sam.accountId;

/** The whole host (emulated demo site + tiny app) on a free port with in-memory storage. */
export function startTinyHost(): Promise<RunningHost> {
  return startHost({
    port: 0,
    site: createDemoSite(new Date('2026-12-01T12:00:00Z')),
    manifestPath: TINY_MANIFEST,
    storageFile: ':memory:',
    emulatorNow: () => new Date('2026-12-01T12:00:00Z'),
    logError: () => undefined,
  });
}

export async function post(host: RunningHost, path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${host.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, unknown> };
}

export async function get(host: RunningHost, path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${host.url}${path}`);
  return { status: response.status, text: await response.text() };
}
