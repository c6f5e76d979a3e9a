import { Queue } from '@forge/events';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import type { AppDeps } from '../use-cases/app-deps';
import { recordSprintClose, type SprintCloseOutcome } from '../use-cases/record-sprint-close';

/** The queue and consumer method declared in manifest.yml. */
export const SPRINT_CLOSE_QUEUE = 'sprint-close';
export const SPRINT_CLOSE_METHOD = 'record-sprint-close';

/** `avi:jira-software:closed:sprint`: ids arrive as strings and the payload holds no issues. */
const sprintClosedEventSchema = z.object({
  eventType: z.literal('avi:jira-software:closed:sprint'),
  sprint: z.object({
    id: z.union([z.string(), z.number()], { error: 'Jira sends the sprint id as a string' }).transform(String),
    originBoardId: z.union([z.string(), z.number()]).transform(String).optional(),
    name: z.string().optional(),
    state: z.string().optional(),
  }),
});

const sprintCloseJobSchema = z.object({ sprintId: z.string().regex(/^\d+$/, 'sprintId is a Jira sprint id') });
export type SprintCloseJob = z.infer<typeof sprintCloseJobSchema>;

/**
 * The trigger has 25 seconds and a big sprint takes longer to read, so it only validates the
 * event and queues the work for the consumer.
 */
export async function handleSprintClosed(event: unknown, queue: Pick<Queue, 'push'>): Promise<{ queued: boolean; reason?: string }> {
  const parsed = sprintClosedEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('Ignoring a sprint event that is not a valid closed:sprint payload', parsed.error.issues);
    return { queued: false, reason: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') };
  }
  const job: SprintCloseJob = { sprintId: parsed.data.sprint.id };
  await queue.push([{ body: job }]);
  return { queued: true };
}

/** The consumer: validates the job and records the sprint's movement. */
export function createSprintCloseWorker(makeDeps: () => AppDeps) {
  const resolver = new Resolver();
  resolver.define(SPRINT_CLOSE_METHOD, async ({ payload }): Promise<SprintCloseOutcome> => {
    const job = sprintCloseJobSchema.parse(payload);
    return recordSprintClose(makeDeps(), job.sprintId);
  });
  return resolver.getDefinitions();
}

export function sprintCloseQueue(): Queue {
  return new Queue({ key: SPRINT_CLOSE_QUEUE });
}
