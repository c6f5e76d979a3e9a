import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The team's shared material (Jira specs, recorded responses, datasets) lives beside the repo in
 * ../shared and is never copied in. Suites that need it skip, saying so, where it is absent.
 */
export const SHARED_DIR = resolve(__dirname, '../../../shared');

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

export function readSharedJson(...parts: string[]): unknown {
  return JSON.parse(readFileSync(sharedPath(...parts), 'utf8')) as unknown;
}

/**
 * `describe` when the shared file exists; otherwise a skipped suite whose name says what is missing
 * (its body is not run, since it usually reads the file).
 */
export function describeWithShared(file: string, name: string, body: () => void): void {
  if (existsSync(sharedPath(file))) {
    describe(name, body);
  } else {
    describe.skip(`${name} (skipped: ${sharedPath(file)} is absent)`, () => it(`needs ${file}`, () => undefined));
  }
}
