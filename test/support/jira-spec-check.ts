/**
 * Installed for every test file (jest setupFilesAfterEnv): records each Jira request the app
 * sends through the local runtime, and after the file's tests validates every one against
 * Atlassian's OpenAPI specs. An unknown endpoint, query parameter or body field fails the suite.
 */
import { existsSync } from 'node:fs';
import { EmulatorTransport } from '../../local/runtime/jira/emulator-transport';
import type { JiraRequest } from '../../local/runtime/jira/jira-transport';
import { sharedPath } from './shared-material';

export const sentToJira: JiraRequest[] = [];

const send = EmulatorTransport.prototype.request;
EmulatorTransport.prototype.request = function record(this: EmulatorTransport, request: JiraRequest) {
  sentToJira.push(request);
  return send.call(this, request);
};

afterAll(async () => {
  if (sentToJira.length === 0) return;
  if (!existsSync(sharedPath('jira-openapi'))) {
    console.warn(`Jira spec check skipped: ${sharedPath('jira-openapi')} is absent.`);
    return;
  }
  const { validateRequest } = await import('../../local/jira-emulator/openapi-check');
  const problems = new Set(
    sentToJira.flatMap((request) =>
      validateRequest({ method: request.method, path: request.path, ...(request.body === undefined ? {} : { body: request.body }) }).map(
        (problem) => `${request.method} ${request.path.split('?')[0] ?? ''}: ${problem}`,
      ),
    ),
  );
  expect([...problems]).toEqual([]);
});
