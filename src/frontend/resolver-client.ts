import { invoke } from '@forge/bridge';
import type { ResolverContract, ResolverKey, ResolverResult } from '../shared/contract';

/** A resolver answered `ok: false`; the message is meant for the user. */
export class ResolverError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ResolverError';
  }
}

/** The UI Kit surfaces' one door to the backend, typed by the shared contract. */
export async function callResolver<K extends ResolverKey>(key: K, input: ResolverContract[K]['input']): Promise<ResolverContract[K]['output']> {
  // Without invoke metadata the bridge answers the resolver's return value as it is.
  const result = (await invoke(key, input as Record<string, unknown>)) as ResolverResult<ResolverContract[K]['output']>;
  if (!result.ok) throw new ResolverError(result.error.message, result.error.code, result.error.fieldErrors);
  return result.data;
}
