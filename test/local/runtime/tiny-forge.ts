import { join } from 'node:path';
import { createLocalForge, type LocalForge, type LocalForgeOptions } from '../../../local/runtime/local-forge';
import type { JiraRequest, JiraResponse, JiraTransport } from '../../../local/runtime/jira/jira-transport';

export const TINY_MANIFEST = join(__dirname, '..', '..', 'fixtures', 'tiny-app', 'manifest.yml');

/** A Jira stand-in that answers every call with who asked, and remembers the calls. */
export class RecordingJira implements JiraTransport {
  readonly description = 'recording fake';
  readonly requests: JiraRequest[] = [];

  request(req: JiraRequest): Promise<JiraResponse> {
    this.requests.push(req);
    return Promise.resolve({ status: 200, body: { path: req.path, accountId: req.accountId ?? null } });
  }
}

/** The tiny app on an in-memory store, Jira answered by `jira` (a RecordingJira by default). */
export function tinyForge(options: Partial<LocalForgeOptions> = {}): LocalForge {
  return createLocalForge({
    manifestPath: TINY_MANIFEST,
    storageFile: ':memory:',
    jira: new RecordingJira(),
    logError: () => undefined,
    ...options,
  });
}
