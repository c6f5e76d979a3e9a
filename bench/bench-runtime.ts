import { kvs } from '@forge/kvs';
import { readFileSync } from 'node:fs';
import { KvsOkrRepository } from '../src/adapters/storage/kvs-okr-repository';
import { JiraEmulator, searchAliasesFromManifest } from '../local/jira-emulator';
import { EmulatorTransport } from '../local/runtime/jira/emulator-transport';
import { createLocalForge, type LocalForge } from '../local/runtime/local-forge';
import { HeapSampler } from './heap-sampler';
import type { RecordedResponse } from './recording-transport';
import { RecordingTransport } from './recording-transport';
import type { BenchSite } from './site-generator';

export interface Measured<T> {
  value: T;
  wallMs: number;
  /** Of wallMs, the time the emulator spent answering Jira requests. */
  jiraMs: number;
  peakHeapMb: number;
  responses: RecordedResponse[];
}

/** One site on the local Forge runtime: the emulator behind a recording transport, OKRs stored. */
export interface BenchRuntime {
  bench: BenchSite;
  forge: LocalForge;
  emulator: JiraEmulator;
  transport: RecordingTransport;
  errors: string[];
  measure<T>(fn: () => Promise<T>): Promise<Measured<T>>;
  close(): Promise<void>;
}

/**
 * Starts the runtime for a site and stores its objectives and key results through the app's own
 * storage adapter (KvsOkrRepository over the runtime's kvs), then zeroes the counters.
 */
export async function startRuntime(bench: BenchSite, manifestPath: string): Promise<BenchRuntime> {
  const emulator = new JiraEmulator(bench.site, { searchAliases: searchAliasesFromManifest(readFileSync(manifestPath, 'utf8')) });
  const sampler = new HeapSampler();
  const transport = new RecordingTransport(new EmulatorTransport(emulator), () => sampler.sample());
  const errors: string[] = [];
  const forge = createLocalForge({
    manifestPath,
    storageFile: ':memory:',
    jira: transport,
    logError: (message, error) => errors.push(`${message} ${error instanceof Error ? error.message : String(error)}`),
  });
  const okrs = new KvsOkrRepository(kvs);
  for (const objective of bench.okrs.objectives) await okrs.saveObjective(objective);
  for (const keyResult of bench.okrs.keyResults) await okrs.saveKeyResult(keyResult);
  forge.kvsStats.reset();
  forge.jiraStats.reset();

  const measure = async <T>(fn: () => Promise<T>): Promise<Measured<T>> => {
    // The emulator logs every request; a run of 50k GETs must not leave that log behind.
    emulator.clearRequestLog();
    sampler.start();
    const start = performance.now();
    const busyBefore = transport.busyMs;
    const recorded = await transport.record(fn).catch((error: unknown) => {
      sampler.stop();
      throw error;
    });
    const wallMs = performance.now() - start;
    return { ...recorded, wallMs, jiraMs: transport.busyMs - busyBefore, peakHeapMb: sampler.stop() };
  };
  return { bench, forge, emulator, transport, errors, measure, close: () => forge.close() };
}
