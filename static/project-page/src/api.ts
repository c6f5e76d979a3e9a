import { invoke as bridgeInvoke, router, showFlag as bridgeShowFlag, view } from '@forge/bridge';
import type { ResolverContract, ResolverKey, ResolverResult } from '../../../src/shared/contract';
import { ApiError } from './api-error';

/** The only door to Forge: every resolver call, the context and flags go through this file. */

export type Input<K extends ResolverKey> = ResolverContract[K]['input'];
export type Output<K extends ResolverKey> = ResolverContract[K]['output'];

/** Calls a resolver and unwraps its envelope; throws `ApiError` when it answers `ok: false`. */
export async function invoke<K extends ResolverKey>(key: K, input: Input<K>): Promise<Output<K>> {
  const result = (await bridgeInvoke(key, { ...input })) as ResolverResult<Output<K>> | undefined;
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new ApiError('INTERNAL', `The app answered "${key}" with an unexpected response.`);
  }
  if (!result.ok) {
    const { code, message, fieldErrors } = result.error;
    throw new ApiError(code, message, fieldErrors ?? {});
  }
  return result.data;
}

export interface PageContext {
  projectKey: string | undefined;
  accountId: string | undefined;
}

/** The bits of the Forge context the page uses (the project key lives in the extension). */
export async function getContext(): Promise<PageContext> {
  const context = await view.getContext();
  const project: unknown = context.extension['project'];
  const key = project && typeof project === 'object' ? (project as { key?: unknown }).key : undefined;
  return { projectKey: typeof key === 'string' ? key : undefined, accountId: context.accountId };
}

export type FlagKind = 'success' | 'error' | 'info' | 'warning';

/** Shows a Jira flag; it closes itself after a few seconds. */
export function showFlag(title: string, kind: FlagKind = 'success', description?: string): void {
  bridgeShowFlag({
    id: `okr-${Date.now()}`,
    title,
    description,
    type: kind,
    isAutoDismiss: kind !== 'error',
  });
}

/** Opens a Jira issue in a new tab of the host product. */
export async function openIssue(issueKey: string): Promise<void> {
  await router.open({ target: 'issue', issueKey });
}
