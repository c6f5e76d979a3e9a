import type { ResolverContract, ResolverKey } from '../../../src/shared/contract';
import { getContext, invoke } from '../../../static/project-page/src/api';

type Handlers = { [K in ResolverKey]?: (input: ResolverContract[K]['input']) => ResolverContract[K]['output'] | Promise<ResolverContract[K]['output']> };

/** The test file must `jest.mock` the api module; this answers its `invoke` per resolver key. */
export function answerInvoke(handlers: Handlers): void {
  jest.mocked(invoke).mockImplementation((async (key: ResolverKey, input: unknown) => {
    const handler = handlers[key] as ((input: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`No fake answer for "${key}"`);
    return handler(input);
  }) as typeof invoke);
}

/** The inputs `invoke` received for one resolver key, in order. */
export function inputsOf<K extends ResolverKey>(key: K): ResolverContract[K]['input'][] {
  return jest
    .mocked(invoke)
    .mock.calls.filter(([calledKey]) => calledKey === key)
    .map(([, input]) => input as ResolverContract[K]['input']);
}

/** The test file must `jest.mock` the api module; this makes its `getContext` name the signed-in user. */
export function signInAs(accountId: string | undefined): void {
  jest.mocked(getContext).mockResolvedValue({ projectKey: 'SHOP', accountId });
}
