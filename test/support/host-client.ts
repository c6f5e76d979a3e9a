import type { ResolverContract, ResolverKey, ResolverResult } from '../../src/shared/contract';

/** Drives the running local host over its HTTP API, as a script or the host page would. */
export class HostClient {
  constructor(
    readonly url: string,
    readonly accountId: string,
  ) {}

  async post<T>(path: string, body: unknown): Promise<T> {
    const response = await fetch(`${this.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await response.json()) as T;
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  }

  /** Invokes a resolver as this user from a surface; throws the resolver's own message on `ok: false`. */
  async invoke<K extends ResolverKey>(
    moduleKey: string,
    context: object,
    functionKey: K,
    payload: ResolverContract[K]['input'],
  ): Promise<ResolverContract[K]['output']> {
    const result = await this.post<ResolverResult<ResolverContract[K]['output']>>('/api/invoke', {
      moduleKey,
      functionKey,
      payload,
      accountId: this.accountId,
      context,
    });
    if (!result.ok) throw new Error(`${functionKey}: ${result.error.message}`);
    return result.data;
  }

  completeSprint(sprintId: number): Promise<unknown> {
    return this.post(`/api/sprints/${sprintId}/complete`, { accountId: this.accountId });
  }

  /** Moves an issue to Done through Jira's transitions API (transition 31 of the emulated workflow). */
  markDone(issueKey: string): Promise<unknown> {
    return this.post(`/api/issues/${issueKey}/transition`, { accountId: this.accountId, transitionId: '31' });
  }
}
