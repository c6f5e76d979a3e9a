import Resolver from '@forge/resolver';
import { RESOLVER_KEYS, type ResolverKey } from '../shared/contract';
import type { AppDeps } from '../use-cases/app-deps';
import { inputSchemas } from './input-schemas';
import { resolverContextSchema } from './resolver-context';
import { resolverHandlers } from './resolver-handlers';
import { toResolverResult } from './to-resolver-result';

/**
 * The one resolver function behind every UI surface. Each call validates the Forge context and
 * the payload, runs one use case, and answers a ResolverResult envelope.
 */
export function createResolver(makeDeps: () => AppDeps) {
  const resolver = new Resolver();
  for (const key of RESOLVER_KEYS) {
    resolver.define(key, ({ payload, context }) => toResolverResult(() => runResolver(key, makeDeps, payload, context)));
  }
  return resolver.getDefinitions();
}

async function runResolver<K extends ResolverKey>(key: K, makeDeps: () => AppDeps, payload: unknown, context: unknown) {
  const parsedContext = resolverContextSchema.parse(context);
  const input = inputSchemas[key].parse(payload ?? {});
  const handler = resolverHandlers[key];
  return handler(makeDeps(), parsedContext, input);
}
