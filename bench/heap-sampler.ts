import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;
const SAMPLE_EVERY_MS = 5;

/** `global.gc` without asking for `node --expose-gc` (npm run bench starts plain tsx). */
function loadGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? (gc as () => void) : () => undefined;
}

const gc = loadGc();

/**
 * Peak heap of one measured call: the highest V8 heapUsed seen while it ran, minus heapUsed at
 * its start after a forced GC. Sampled on a timer and at every Jira request (the timer alone
 * misses calls that never yield to the event loop). Garbage counts until V8 collects it.
 */
export class HeapSampler {
  private baseline = 0;
  private peak = 0;
  private timer: NodeJS.Timeout | undefined;

  start(): void {
    gc();
    this.baseline = heapUsed();
    this.peak = this.baseline;
    this.timer = setInterval(() => this.sample(), SAMPLE_EVERY_MS);
  }

  sample(): void {
    const used = heapUsed();
    if (used > this.peak) this.peak = used;
  }

  /** The peak above the baseline, in MB. */
  stop(): number {
    this.sample();
    clearInterval(this.timer);
    this.timer = undefined;
    return (this.peak - this.baseline) / MB;
  }
}

function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}
