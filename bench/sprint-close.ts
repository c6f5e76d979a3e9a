import { kvs } from '@forge/kvs';
import { KvsLedgerRepository } from '../src/adapters/storage/kvs-ledger-repository';
import type { LedgerEntry } from '../src/domain/sprint-ledger';
import type { SprintEvent } from '../local/jira-emulator';
import type { BenchRuntime } from './bench-runtime';
import type { SurfaceRun } from './surfaces';

/** The function behind the sprint-close consumer in manifest.yml. */
const CONSUMER_FUNCTION = 'sprint-close-worker';

/**
 * Closes the sprint through the emulator's REST API (starting it first if it is still future),
 * delivers the `closed:sprint` event it raises to the app's trigger, and measures until the queue
 * is drained. Counts are the consumer's own, from the runtime's invocation log.
 */
export async function closeSprint(runtime: BenchRuntime, sprintId: number): Promise<SurfaceRun<LedgerEntry[]>> {
  const { emulator, forge, bench } = runtime;
  const events: SprintEvent[] = [];
  const unsubscribe = emulator.onSprintEvent((event) => events.push(event));
  try {
    if (emulator.listSprints().find((sprint) => sprint.id === sprintId)?.state === 'future') await updateSprint(runtime, sprintId, 'active');
    await updateSprint(runtime, sprintId, 'closed');
  } finally {
    unsubscribe();
  }
  const closed = events.find((event) => event.eventType === 'avi:jira-software:closed:sprint');
  if (!closed) return failed(`closing sprint ${sprintId} raised no closed:sprint event`);

  const logged = forge.jiraStats.invocations.length;
  const failures = forge.queue.failures.length;
  const measured = await runtime.measure(async () => {
    await forge.appHost.deliverProductEvent({ ...closed });
    await forge.drainQueues();
  });
  const consumer = forge.jiraStats.invocations.slice(logged).filter((invocation) => invocation.functionKey === CONSUMER_FUNCTION);
  const ledger = new KvsLedgerRepository(kvs);
  const record = await ledger.findSprintClose(String(sprintId));
  const error =
    forge.queue.failures.length > failures
      ? `consumer failed: ${runtime.errors.at(-1) ?? 'see log'}`
      : consumer.length === 0
        ? 'the consumer never ran'
        : record === undefined
          ? 'no sprint close was recorded'
          : undefined;
  const entries = (await ledger.listEntries(runtime.bench.okrs.objectives.map((objective) => objective.id))).filter(
    (entry) => entry.sprintId === String(sprintId),
  );
  return {
    figures: {
      jiraRequests: consumer.reduce((sum, invocation) => sum + invocation.jiraRequests, 0),
      kvsRequests: consumer.reduce((sum, invocation) => sum + invocation.kvsRequests, 0),
      wallMs: measured.wallMs,
      jiraMs: measured.jiraMs,
      peakHeapMb: measured.peakHeapMb,
    },
    responses: measured.responses,
    data: entries,
    ...(error === undefined ? {} : { error: `${error} (${bench.name}, sprint ${sprintId})` }),
  };
}

async function updateSprint(runtime: BenchRuntime, sprintId: number, state: 'active' | 'closed'): Promise<void> {
  const response = await runtime.emulator.handle({
    method: 'POST',
    path: `/rest/agile/1.0/sprint/${sprintId}`,
    body: JSON.stringify({ state }),
    accountId: runtime.bench.accountId,
  });
  if (response.status !== 200) throw new Error(`Moving sprint ${sprintId} to ${state} answered ${response.status}: ${response.body}`);
}

function failed(error: string): SurfaceRun<LedgerEntry[]> {
  return { figures: { jiraRequests: 0, kvsRequests: 0, wallMs: 0, jiraMs: 0, peakHeapMb: 0 }, responses: [], error };
}
