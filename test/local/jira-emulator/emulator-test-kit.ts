import { createDemoSite, DEMO_USERS } from '../../../local/datasets/demo-site';
import { JiraEmulator, type JiraEmulatorOptions } from '../../../local/jira-emulator';
import type { EmulatorRequest } from '../../../local/jira-emulator';
import { validateRequest, validateResponse } from '../../../local/jira-emulator/openapi-check';

/** Shared by the emulator tests: a demo site at a fixed moment and calls checked against the Jira specs. */

export const TODAY = new Date('2026-12-01T10:00:00.000Z');
export const ALEX = DEMO_USERS.alex.accountId;
export const SAM = DEMO_USERS.sam.accountId;
export const BASE = 'https://emulated-site.atlassian.net';

export function demoEmulator(options: JiraEmulatorOptions = {}): JiraEmulator {
  return new JiraEmulator(createDemoSite(TODAY), { now: () => TODAY, ...options });
}

export interface Answer<T> {
  status: number;
  headers: Record<string, string>;
  json: T;
  raw: string;
}

export interface Call {
  method?: string;
  path: string;
  body?: unknown;
  accountId?: string;
}

function toRequest(call: Call): EmulatorRequest {
  const request: EmulatorRequest = { method: call.method ?? 'GET', path: call.path };
  if (call.body !== undefined) request.body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
  if (call.accountId !== undefined) request.accountId = call.accountId;
  return request;
}

/** Sends a spec-valid request and asserts the answer validates against the spec at its status. */
export async function call<T = unknown>(emulator: JiraEmulator, request: Call): Promise<Answer<T>> {
  const sent = toRequest(request);
  expect(validateRequest(sent)).toEqual([]);
  return answer<T>(emulator, sent);
}

/** For requests that are wrong on purpose: only the answer is checked against the spec. */
export async function callInvalid<T = unknown>(emulator: JiraEmulator, request: Call): Promise<Answer<T>> {
  return answer<T>(emulator, toRequest(request));
}

async function answer<T>(emulator: JiraEmulator, sent: EmulatorRequest): Promise<Answer<T>> {
  const response = await emulator.handle(sent);
  expect(validateResponse(sent, response)).toEqual([]);
  const json = (response.body === '' ? undefined : JSON.parse(response.body)) as T;
  return { status: response.status, headers: response.headers, json, raw: response.body };
}

export function jqlPath(jql: string, extra = ''): string {
  return `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}${extra}`;
}

export interface IdPage {
  issues: { id: string; key?: string }[];
  nextPageToken?: string;
  isLast: boolean;
}

/** Keys matching a JQL query (asApp unless a user is given), in the order search returns them. */
export async function searchKeys(emulator: JiraEmulator, jql: string, accountId?: string): Promise<string[]> {
  const page = await call<IdPage>(emulator, { path: jqlPath(jql, '&fields=key&maxResults=100'), accountId });
  expect(page.status).toBe(200);
  return page.json.issues.map((issue) => issue.key ?? '');
}

export const jiraError = (...errorMessages: string[]) => ({ errorMessages, errors: {} });
