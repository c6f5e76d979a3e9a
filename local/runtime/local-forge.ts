import { resolve } from 'node:path';
import type { JiraEmulator, SiteData } from '../jira-emulator';
import { AppHost } from './app-host';
import { CallCounter, JiraStats } from './call-counter';
import { forgeFetch } from './forge-fetch';
import { bindForgeGlobals } from './forge-globals';
import { createEmulator, type ProductEvent } from './jira/emulator-factory';
import { EmulatorTransport } from './jira/emulator-transport';
import type { JiraTransport } from './jira/jira-transport';
import { KvsService } from './kvs/kvs-service';
import { SqliteStore } from './kvs/sqlite-store';
import { loadManifest } from './manifest/manifest';
import { QueueBroker } from './queue/queue-broker';
import { DEFAULT_SITE, type SiteIdentity } from './site-identity';

export const DEFAULT_STORAGE_FILE = '.local-data/storage.sqlite';

export interface LocalForgeOptions {
  manifestPath: string;
  /** Serve Jira from the in-process emulator loaded with this site. */
  site?: SiteData;
  /** Or send Jira calls here (e.g. an HttpJiraTransport); wins over `site`. */
  jira?: JiraTransport;
  /** SQLite file for app storage; `:memory:` for tests. Default `.local-data/storage.sqlite`. */
  storageFile?: string;
  siteIdentity?: Partial<SiteIdentity>;
  /** The emulator's clock (e.g. a CSV dataset's "now"). */
  emulatorNow?: () => Date;
  logError?: (message: string, error: unknown) => void;
}

export interface LocalForge {
  appHost: AppHost;
  emulator?: JiraEmulator;
  jira: JiraTransport | undefined;
  storage: SqliteStore;
  queue: QueueBroker;
  kvsStats: CallCounter;
  jiraStats: JiraStats;
  /** Resolves when no product event or queue event is still being handled. */
  drainQueues(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A Forge platform for one app in this process: storage, Jira, queues and the function host.
 * Installs the `@forge/*` globals once per process; the latest runtime created is the one they use.
 */
export function createLocalForge(options: LocalForgeOptions): LocalForge {
  const manifest = loadManifest(options.manifestPath);
  const site: SiteIdentity = { ...DEFAULT_SITE, ...options.siteIdentity };
  const kvsStats = new CallCounter();
  const jiraStats = new JiraStats();
  const storage = new SqliteStore(options.storageFile === ':memory:' ? ':memory:' : resolve(options.storageFile ?? DEFAULT_STORAGE_FILE));
  const appHost = new AppHost({ manifest, site, jiraStats, ...(options.logError ? { logError: options.logError } : {}) });
  const queue = new QueueBroker((event) => appHost.deliverQueueEvent(event));
  const pendingEvents = new Set<Promise<unknown>>();
  const onProductEvent = (event: ProductEvent): void => {
    const delivery: Promise<unknown> = appHost.deliverProductEvent(event).finally(() => pendingEvents.delete(delivery));
    pendingEvents.add(delivery);
  };
  const emulator =
    !options.jira && options.site
      ? createEmulator({
          site: options.site,
          manifestPath: options.manifestPath,
          baseUrl: site.siteUrl,
          onProductEvent,
          ...(options.emulatorNow ? { now: options.emulatorNow } : {}),
        })
      : undefined;
  const jira = options.jira ?? (emulator ? new EmulatorTransport(emulator) : undefined);
  const kvs = new KvsService(storage, manifest.entities);
  const unbind = bindForgeGlobals({
    appId: manifest.appId,
    environmentId: 'local',
    installationId: `local-${site.cloudId}`,
    cloudId: site.cloudId,
    appCodeDir: manifest.dir,
    fetch: (descriptor, path, init) => forgeFetch({ kvs, jira, queue, kvsStats, jiraStats }, descriptor, path, init),
  });
  const drainQueues = async (): Promise<void> => {
    while (pendingEvents.size > 0) await Promise.allSettled([...pendingEvents]);
    await queue.drain();
    if (pendingEvents.size > 0) await drainQueues();
  };
  return {
    appHost,
    jira,
    storage,
    queue,
    kvsStats,
    jiraStats,
    drainQueues,
    ...(emulator ? { emulator } : {}),
    close: async () => {
      await drainQueues();
      unbind();
      storage.close();
    },
  };
}
