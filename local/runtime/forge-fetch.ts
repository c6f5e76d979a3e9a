import type { CallCounter, JiraStats } from './call-counter';
import { currentScope } from './invocation-scope';
import { parseRequestBody, toFetchResponse } from './forge-response';
import type { JiraRequest, JiraTransport } from './jira/jira-transport';
import type { KvsService } from './kvs/kvs-service';
import type { QueueBroker } from './queue/queue-broker';

/** The first argument of `global.__forge_fetch__`, as @forge/api, @forge/kvs and @forge/events build it. */
export interface FetchDescriptor {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

export interface ForgeFetchDeps {
  kvs: KvsService;
  jira: JiraTransport | undefined;
  queue: QueueBroker;
  kvsStats: CallCounter;
  jiraStats: JiraStats;
}

function headerRecord(headers: unknown): Record<string, string> {
  if (!headers) return {};
  return Object.fromEntries(new Headers(headers as HeadersInit).entries());
}

function proxyError(status: number, reason: string): Response {
  return toFetchResponse({ status, headers: { 'forge-proxy-error': reason } });
}

async function fetchJira(deps: ForgeFetchDeps, descriptor: FetchDescriptor, path: string, init: RequestInit): Promise<Response> {
  if (!deps.jira) throw new Error('Local Forge runtime has no Jira: pass `site` or `jira` to createLocalForge');
  const scope = currentScope();
  // The descriptor names a user only for asUser(accountId); plain asUser() means the invoking user.
  const accountId = descriptor.provider === 'user' ? (descriptor.accountId ?? scope?.accountId) : undefined;
  if (descriptor.provider === 'user' && accountId === undefined) return proxyError(401, 'NEEDS_AUTHENTICATION_ERR');
  deps.jiraStats.record(`${init.method ?? 'GET'} ${path.split('?')[0] ?? path}`);
  if (scope) scope.jiraRequests += 1;
  const request: JiraRequest = { method: init.method ?? 'GET', path, headers: headerRecord(init.headers) };
  if (init.body !== undefined && init.body !== null) request.body = await new Response(init.body).text();
  if (accountId !== undefined) request.accountId = accountId;
  const response = await deps.jira.request(request);
  return toFetchResponse(response);
}

function fetchStargate(deps: ForgeFetchDeps, path: string, init: RequestInit): Response {
  const body = parseRequestBody(init.body);
  if (path.startsWith('/webhook/queue/publish/')) return toFetchResponse(deps.queue.publish(body));
  if (path.startsWith('/webhook/queue/stats/')) return toFetchResponse(deps.queue.stats(body));
  if (path.startsWith('/webhook/queue/cancel/')) return toFetchResponse({ status: 204 });
  throw new Error(`Local Forge runtime does not serve ${path} (GraphQL and other Atlassian APIs are not emulated)`);
}

/** `global.__forge_fetch__`: routes each platform call to storage, Jira or the queue service. */
export async function forgeFetch(deps: ForgeFetchDeps, descriptor: FetchDescriptor, path: string, init: RequestInit = {}): Promise<Response> {
  if (descriptor.type === 'kvs') {
    deps.kvsStats.record(path.replace('/api/v1/', ''));
    const scope = currentScope();
    if (scope) scope.kvsRequests += 1;
    return toFetchResponse(deps.kvs.handle(path, parseRequestBody(init.body)));
  }
  if (descriptor.type === 'fpp' && descriptor.remote === 'jira') return fetchJira(deps, descriptor, path, init);
  if (descriptor.type === 'fpp' && descriptor.remote === 'stargate') return fetchStargate(deps, path, init);
  throw new Error(`Local Forge runtime does not support ${descriptor.type}/${descriptor.remote ?? '-'} requests (${path})`);
}
