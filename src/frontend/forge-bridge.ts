import { events, invoke } from '@forge/bridge';
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

/** The UI Kit surfaces' one door to the backend, typed by the shared contract (the only @forge/bridge importer). */
export async function callResolver<K extends ResolverKey>(key: K, input: ResolverContract[K]['input']): Promise<ResolverContract[K]['output']> {
  // Without invoke metadata the bridge answers the resolver's return value as it is.
  const result = (await invoke(key, input as Record<string, unknown>)) as ResolverResult<ResolverContract[K]['output']>;
  if (!result.ok) throw new ResolverError(result.error.message, result.error.code, result.error.fieldErrors);
  return result.data;
}

/** Sent between the app's surfaces on one Jira page, e.g. from the issue panel to the issue context. */
const LINKS_CHANGED = 'okr.issue-links-changed';

/** Tells the app's other surfaces that an issue's key results changed. */
export async function announceLinksChanged(issueKey: string): Promise<void> {
  await events.emit(LINKS_CHANGED, { issueKey });
}

/** Runs `reload` when another surface changed an issue's key results; returns the unsubscribe. */
export function onLinksChanged(reload: () => void): () => void {
  const subscription = events.on(LINKS_CHANGED, reload);
  return () => {
    void subscription.then((active) => active.unsubscribe());
  };
}
