import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What Forge knows about the running invocation. Product fetch descriptors carry no account id,
 * so the invoking user of an `asUser()` call is looked up here.
 */
export interface InvocationScope {
  readonly invocationId: string;
  readonly accountId: string | undefined;
  readonly moduleKey: string;
  readonly functionKey: string;
  readonly deadlineMs: number;
  jiraRequests: number;
  kvsRequests: number;
}

const storage = new AsyncLocalStorage<InvocationScope>();

export interface ScopeInput {
  accountId: string | undefined;
  moduleKey: string;
  functionKey: string;
  timeoutSeconds: number;
}

export function newScope(input: ScopeInput): InvocationScope {
  return {
    invocationId: randomUUID(),
    accountId: input.accountId,
    moduleKey: input.moduleKey,
    functionKey: input.functionKey,
    deadlineMs: Date.now() + input.timeoutSeconds * 1000,
    jiraRequests: 0,
    kvsRequests: 0,
  };
}

export function runInScope<T>(scope: InvocationScope, fn: () => Promise<T>): Promise<T> {
  return storage.run(scope, fn);
}

/** `undefined` outside an invocation (e.g. a test calling @forge/kvs directly). */
export function currentScope(): InvocationScope | undefined {
  return storage.getStore();
}
