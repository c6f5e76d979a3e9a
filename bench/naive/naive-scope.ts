import { newScope, runInScope } from '../../local/runtime/invocation-scope';

export interface ScopedRun<T> {
  value: T;
  jiraRequests: number;
  kvsRequests: number;
}

/**
 * Runs naive code inside an invocation scope of the local runtime, as the given user: `asUser()`
 * works and requests are counted exactly as for the app's own resolvers.
 */
export async function runAsUser<T>(accountId: string, fn: () => Promise<T>): Promise<ScopedRun<T>> {
  const scope = newScope({ accountId, moduleKey: 'bench-naive', functionKey: 'naive', timeoutSeconds: 900 });
  const value = await runInScope(scope, fn);
  return { value, jiraRequests: scope.jiraRequests, kvsRequests: scope.kvsRequests };
}
