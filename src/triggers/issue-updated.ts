import { Queue } from '@forge/events';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import type { AppDeps } from '../use-cases/app-deps';
import { refreshIssueWork } from '../use-cases/refresh-issue-work';

/** The queue and consumer method declared in manifest.yml. */
export const WORK_REFRESH_QUEUE = 'work-refresh';
export const WORK_REFRESH_METHOD = 'refresh-issue-work';

/** Changes that move a key result: done or not, the estimate, and which epic carries the issue. */
const RELEVANT_FIELDS = new Set(['status', 'story points', 'story point estimate', 'parent', 'issueparentassociation', 'epic link']);

const issueUpdatedEventSchema = z.object({
  eventType: z.literal('avi:jira:updated:issue'),
  issue: z.object({ key: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/, 'Jira sends the issue key, e.g. SHOP-7') }),
  changelog: z.object({ items: z.array(z.object({ field: z.string(), fieldId: z.string().optional() })) }).optional(),
});

const refreshJobSchema = z.object({ issueKey: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/, 'issueKey is a Jira issue key') });

/**
 * `avi:jira:updated:issue` fires for every edit on the site: only the changes that can move a key
 * result are queued, and the consumer reads the issue to see whether it supports any.
 */
export async function handleIssueUpdated(event: unknown, queue: Pick<Queue, 'push'>): Promise<{ queued: boolean; reason?: string }> {
  const parsed = issueUpdatedEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('Ignoring an issue event that is not a valid updated:issue payload', parsed.error.issues);
    return { queued: false, reason: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') };
  }
  const changed = (parsed.data.changelog?.items ?? []).some((item) => RELEVANT_FIELDS.has(item.field.toLowerCase()) || RELEVANT_FIELDS.has(item.fieldId ?? ''));
  if (!changed) return { queued: false, reason: 'no change that moves a key result' };
  await queue.push([{ body: { issueKey: parsed.data.issue.key } }]);
  return { queued: true };
}

/** The consumer: refreshes the key results the issue supports. */
export function createWorkRefreshWorker(makeDeps: () => AppDeps) {
  const resolver = new Resolver();
  resolver.define(WORK_REFRESH_METHOD, async ({ payload }) => {
    const job = refreshJobSchema.parse(payload);
    return refreshIssueWork(makeDeps(), job.issueKey);
  });
  return resolver.getDefinitions();
}

export function workRefreshQueue(): Queue {
  return new Queue({ key: WORK_REFRESH_QUEUE });
}
