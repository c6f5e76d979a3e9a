import type { QueuedEvent } from './queue/queue-broker';
import { installContextOf, type SiteIdentity } from './site-identity';

/** The `extension` part of a resolver context: the module type plus what Jira knows of the page. */
export type ExtensionContext = { type: string } & Record<string, unknown>;

export interface ResolverCallInput {
  moduleKey: string;
  functionKey: string;
  payload?: unknown;
  accountId?: string;
  extensionContext?: ExtensionContext;
  localId?: string;
}

/** First argument Forge passes to a resolver function: `{ call, context }`. */
export function resolverRequest(site: SiteIdentity, moduleType: string, input: ResolverCallInput) {
  return {
    call: { functionKey: input.functionKey, payload: input.payload ?? {} },
    context: {
      extension: input.extensionContext ?? { type: moduleType },
      cloudId: site.cloudId,
      moduleKey: input.moduleKey,
      localId: input.localId ?? `${input.moduleKey}-local`,
      siteUrl: site.siteUrl,
      environmentType: 'DEVELOPMENT',
      environmentId: 'local',
      accountId: input.accountId,
      accountType: input.accountId ? 'licensed' : undefined,
      locale: 'en-US',
      timezone: 'UTC',
    },
  };
}

/** Second argument ("backend runtime payload"): who calls and on which site. */
export function backendRuntimePayload(site: SiteIdentity, accountId: string | undefined) {
  return {
    principal: accountId === undefined ? undefined : { accountId },
    installContext: installContextOf(site),
  };
}

/** A product event as a trigger receives it: Forge adds `context` (cloudId, moduleKey). */
export function triggerEvent(site: SiteIdentity, moduleKey: string, event: Record<string, unknown>) {
  const context = { ...(event['context'] as Record<string, unknown> | undefined), cloudId: site.cloudId, moduleKey };
  return { ...event, context };
}

export function triggerContext(site: SiteIdentity) {
  return { installContext: installContextOf(site), principal: undefined };
}

/** A queue event for a `consumer` declared with `resolver: { function, method }`. */
export function consumerResolverRequest(site: SiteIdentity, moduleKey: string, method: string, event: QueuedEvent) {
  return {
    call: { functionKey: method, payload: event.body, jobId: event.jobId },
    context: { cloudId: site.cloudId, moduleKey, siteUrl: site.siteUrl, environmentType: 'DEVELOPMENT' },
  };
}

/** A queue event for a legacy `consumer` declared with `function:` (an AsyncEvent). */
export function consumerAsyncEvent(event: QueuedEvent) {
  return { queueName: event.queueName, jobId: event.jobId, eventId: event.eventId, body: event.body };
}
