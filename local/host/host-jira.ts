import type { JiraRequest, JiraTransport } from '../runtime/jira/jira-transport';
import { HttpError } from './http-utils';

/**
 * The host page's own Jira client (not the app's: these calls are not counted as app traffic).
 * It talks to whatever transport the runtime uses, as the acting user, like Jira's UI would.
 */
export class HostJira {
  constructor(private readonly transport: JiraTransport) {}

  async call<T>(method: string, path: string, accountId: string | undefined, body?: unknown): Promise<T> {
    const request: JiraRequest = { method, path, headers: { accept: 'application/json' } };
    if (body !== undefined) {
      request.body = JSON.stringify(body);
      request.headers['content-type'] = 'application/json';
    }
    if (accountId) request.accountId = accountId;
    const response = await this.transport.request(request);
    const parsed = typeof response.body === 'string' && response.body !== '' ? safeJson(response.body) : response.body;
    if (response.status >= 400) throw new JiraCallError(response.status, messageOf(parsed) ?? `Jira answered ${response.status} to ${method} ${path}`);
    return parsed as T;
  }

  get<T>(path: string, accountId: string | undefined): Promise<T> {
    return this.call<T>('GET', path, accountId);
  }
}

/** A Jira error answer; its status is passed on to the host API's caller. */
export class JiraCallError extends HttpError {}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function messageOf(body: unknown): string | undefined {
  const errors = body as { errorMessages?: string[]; errors?: Record<string, string> } | undefined;
  const all = [...(errors?.errorMessages ?? []), ...Object.values(errors?.errors ?? {})];
  return all.length > 0 ? all.join('; ') : undefined;
}
