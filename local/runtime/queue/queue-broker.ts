import { randomUUID } from 'node:crypto';
import type { RawResponse } from '../forge-response';

/** One pushed event on its way to the queue's consumer. */
export interface QueuedEvent {
  queueName: string;
  jobId: string;
  eventId: string;
  body: Record<string, unknown>;
}

export interface DeliveryFailure {
  event: QueuedEvent;
  error: unknown;
}

interface PushRequest {
  queueName?: string;
  jobId?: string;
  payload?: Array<{ body?: Record<string, unknown> }>;
}

/**
 * The async events service: accepts `@forge/events` pushes (`/webhook/queue/publish/...`) with
 * 201 and delivers each event to the consumer after the push has returned, as Forge does.
 * `delayInSeconds` is not honoured locally (events go at once) so tests and demos never wait.
 */
export class QueueBroker {
  readonly failures: DeliveryFailure[] = [];
  private readonly pending = new Set<Promise<void>>();
  private readonly jobs = new Map<string, { success: number; inProgress: number; failed: number }>();

  constructor(private readonly deliver: (event: QueuedEvent) => Promise<void>) {}

  publish(body: unknown): RawResponse {
    const push = (body ?? {}) as PushRequest;
    if (!push.queueName || !push.jobId || !Array.isArray(push.payload)) {
      return { status: 400, body: { message: 'Invalid push request' } };
    }
    const job = { success: 0, inProgress: push.payload.length, failed: 0 };
    this.jobs.set(push.jobId, job);
    for (const event of push.payload) {
      this.schedule({ queueName: push.queueName, jobId: push.jobId, eventId: randomUUID(), body: event.body ?? {} }, job);
    }
    return { status: 201, body: {} };
  }

  stats(body: unknown): RawResponse {
    const job = this.jobs.get(String((body as { jobId?: unknown } | undefined)?.jobId));
    return job ? { status: 200, body: { ...job } } : { status: 404, body: { message: 'Job not found' } };
  }

  /** Resolves once every pushed event, including those pushed by consumers, was handled. */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private schedule(event: QueuedEvent, job: { success: number; inProgress: number; failed: number }): void {
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.deliver(event))
      .then(
        () => {
          job.success += 1;
        },
        (error: unknown) => {
          job.failed += 1;
          this.failures.push({ event, error });
        },
      )
      .finally(() => {
        job.inProgress -= 1;
        this.pending.delete(run);
      });
    this.pending.add(run);
  }
}
