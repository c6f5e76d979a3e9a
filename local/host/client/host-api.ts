import type { IssueDetail, SiteSummary } from '../site-types';

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(path, init);
  const json = (await response.json().catch(() => ({}))) as T & { error?: { message?: string } };
  if (!response.ok) throw new Error(json.error?.message ?? `${method} ${path} failed (${response.status})`);
  return json;
}

const qs = (params: Record<string, string | undefined>): string =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString();

/** The host API as the page uses it; every call names the acting user. */
export const hostApi = {
  site: (accountId: string | undefined, project?: string) => call<SiteSummary>('GET', `/api/site?${qs({ accountId, project })}`),
  issue: (key: string, accountId: string | undefined) => call<IssueDetail>('GET', `/api/issues/${encodeURIComponent(key)}?${qs({ accountId })}`),
  transition: (key: string, transitionId: string, accountId: string | undefined) =>
    call<IssueDetail>('POST', `/api/issues/${encodeURIComponent(key)}/transition`, { transitionId, accountId }),
  completeSprint: (sprintId: number, accountId: string | undefined) => call<unknown>('POST', `/api/sprints/${sprintId}/complete`, { accountId }),
  startSprint: (sprintId: number, accountId: string | undefined) => call<unknown>('POST', `/api/sprints/${sprintId}/start`, { accountId }),
};

const USER_KEY = 'localForge.accountId';

export const actingUser = {
  get: (): string | undefined => localStorage.getItem(USER_KEY) ?? undefined,
  set: (accountId: string): void => localStorage.setItem(USER_KEY, accountId),
};
