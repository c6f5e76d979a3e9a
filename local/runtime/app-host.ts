import type { JiraStats } from './call-counter';
import {
  backendRuntimePayload,
  consumerAsyncEvent,
  consumerResolverRequest,
  resolverRequest,
  triggerContext,
  triggerEvent,
  type ResolverCallInput,
} from './forge-contexts';
import { asJson, toInvocationError, type InvocationResult } from './invocation-result';
import { newScope, runInScope } from './invocation-scope';
import { functionTimeoutSeconds, loadFunctionHandler } from './manifest/handler-loader';
import { findModule, loadManifest, modulesOfType, resolverFunctionKey, type Manifest, type ManifestModule } from './manifest/manifest';
import type { QueuedEvent } from './queue/queue-broker';
import type { SiteIdentity } from './site-identity';

export type { ResolverCallInput } from './forge-contexts';

export interface AppHostOptions {
  manifest: Manifest | string;
  site: SiteIdentity;
  jiraStats: JiraStats;
  logError?: (message: string, error: unknown) => void;
}

export interface TriggerOutcome {
  triggerKey: string;
  result: InvocationResult;
}

interface InvocationTarget {
  moduleKey: string;
  functionKey: string;
  accountId: string | undefined;
}

/**
 * Runs the app's functions the way Forge invokes them: resolvers from UI calls, triggers from
 * product events, consumers from queue events. Each runs in its own invocation scope so
 * `asUser()` knows the caller and requests are counted per invocation.
 */
export class AppHost {
  readonly manifest: Manifest;
  private readonly logError: (message: string, error: unknown) => void;

  constructor(private readonly options: AppHostOptions) {
    this.manifest = typeof options.manifest === 'string' ? loadManifest(options.manifest) : options.manifest;
    this.logError = options.logError ?? ((message, error) => console.error(message, error));
  }

  get site(): SiteIdentity {
    return this.options.site;
  }

  /** Calls the resolver behind a UI module, as `invoke(functionKey, payload)` from its frontend does. */
  invokeResolver(input: ResolverCallInput): Promise<InvocationResult> {
    const found = findModule(this.manifest, input.moduleKey);
    const functionKey = found && resolverFunctionKey(found.module);
    if (!found || !functionKey) return this.failed(new Error(`Module '${input.moduleKey}' has no resolver in manifest.yml`));
    const target = { moduleKey: input.moduleKey, functionKey, accountId: input.accountId };
    return this.invoke(target, (handler) => handler(resolverRequest(this.site, found.type, input), backendRuntimePayload(this.site, input.accountId)));
  }

  /** Delivers a product event to every `trigger` listening for its `eventType`. */
  async deliverProductEvent(event: Record<string, unknown>): Promise<TriggerOutcome[]> {
    const eventType = typeof event['eventType'] === 'string' ? event['eventType'] : '';
    const triggers = modulesOfType(this.manifest, 'trigger').filter((t) => listensTo(t, eventType));
    return Promise.all(
      triggers.map(async (trigger) => {
        const target = { moduleKey: trigger.key, functionKey: String(trigger['function']), accountId: undefined };
        const result = await this.invoke(target, (handler) => handler(triggerEvent(this.site, trigger.key, event), triggerContext(this.site)));
        if (!result.ok) this.logError(`Trigger ${trigger.key} failed on ${eventType}:`, result.error.message);
        return { triggerKey: trigger.key, result };
      }),
    );
  }

  /** Runs the queue's `consumer` for one event; throws when it fails so the queue records it. */
  async deliverQueueEvent(event: QueuedEvent): Promise<void> {
    const consumer = modulesOfType(this.manifest, 'consumer').find((c) => c['queue'] === event.queueName);
    if (!consumer) throw new Error(`No consumer in manifest.yml for queue '${event.queueName}'`);
    const resolver = consumer['resolver'] as { function?: string; method?: string } | undefined;
    const functionKey = resolver?.function ?? String(consumer['function']);
    const target = { moduleKey: consumer.key, functionKey, accountId: undefined };
    const result = await this.invoke(target, (handler) =>
      resolver
        ? handler(consumerResolverRequest(this.site, consumer.key, resolver.method ?? '', event), backendRuntimePayload(this.site, undefined))
        : handler(consumerAsyncEvent(event), triggerContext(this.site)),
    );
    if (!result.ok) {
      this.logError(`Consumer ${consumer.key} failed on queue ${event.queueName}:`, result.error.message);
      throw new Error(result.error.message);
    }
  }

  private async invoke(target: InvocationTarget, call: (handler: (...args: unknown[]) => unknown) => unknown): Promise<InvocationResult> {
    const scope = newScope({ ...target, timeoutSeconds: functionTimeoutSeconds(this.manifest, target.functionKey) });
    const stats = () => ({ invocationId: scope.invocationId, jiraRequests: scope.jiraRequests, kvsRequests: scope.kvsRequests });
    try {
      const value = await runInScope(scope, async () => call(loadFunctionHandler(this.manifest, target.functionKey)));
      return { ok: true, value: asJson(value), stats: stats() };
    } catch (error) {
      return { ok: false, error: toInvocationError(error), stats: stats() };
    } finally {
      this.options.jiraStats.invocations.push({ ...stats(), moduleKey: target.moduleKey, functionKey: target.functionKey });
    }
  }

  private failed(error: Error): Promise<InvocationResult> {
    return Promise.resolve({ ok: false, error: toInvocationError(error), stats: { invocationId: '', jiraRequests: 0, kvsRequests: 0 } });
  }
}

function listensTo(trigger: ManifestModule, eventType: string): boolean {
  const events = trigger['events'];
  return Array.isArray(events) && events.includes(eventType);
}
