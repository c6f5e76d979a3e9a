import type { EstimationConfig, EstimationConfigCache } from '../jira/estimation-fields';
import type { KvsPort } from './kvs-port';
import { storageKeys } from './storage-keys';

/** Boards rarely change their estimation field: an hour saves requests on every page load. */
const TTL_MS = 60 * 60 * 1000;

interface Stored {
  config: EstimationConfig;
  savedAtMs: number;
}

export class KvsEstimationCache implements EstimationConfigCache {
  constructor(
    private readonly store: KvsPort,
    private readonly nowMs: () => number,
  ) {}

  async load(): Promise<EstimationConfig | undefined> {
    const stored = await this.store.get<Stored>(storageKeys.estimationConfig);
    return stored !== undefined && this.nowMs() - stored.savedAtMs < TTL_MS ? stored.config : undefined;
  }

  async save(config: EstimationConfig): Promise<void> {
    await this.store.set(storageKeys.estimationConfig, { config, savedAtMs: this.nowMs() } satisfies Stored);
  }
}
