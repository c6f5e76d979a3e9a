import type { SiteFieldsCache, SiteFieldsConfig } from '../jira/site-fields';
import type { KvsPort } from './kvs-port';
import { storageKeys } from './storage-keys';

/** Boards rarely change their estimation field: an hour saves requests on every page load. */
const TTL_MS = 60 * 60 * 1000;

interface Stored {
  config: SiteFieldsConfig;
  savedAtMs: number;
}

export class KvsSiteFieldsCache implements SiteFieldsCache {
  constructor(
    private readonly store: KvsPort,
    private readonly nowMs: () => number,
  ) {}

  async load(): Promise<SiteFieldsConfig | undefined> {
    const stored = await this.store.get<Stored>(storageKeys.siteFields);
    // A config saved before a field was learned (no sprintFieldId) is read again.
    return stored !== undefined && 'sprintFieldId' in stored.config && this.nowMs() - stored.savedAtMs < TTL_MS ? stored.config : undefined;
  }

  async save(config: SiteFieldsConfig): Promise<void> {
    await this.store.set(storageKeys.siteFields, { config, savedAtMs: this.nowMs() } satisfies Stored);
  }
}
