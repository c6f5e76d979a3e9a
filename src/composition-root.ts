import api from '@forge/api';
import { kvs } from '@forge/kvs';
import { randomUUID } from 'node:crypto';
import { JiraClient } from './adapters/jira/jira-client';
import { SiteFields } from './adapters/jira/site-fields';
import { JiraWorkAdapter } from './adapters/jira/jira-work-adapter';
import { KvsSiteFieldsCache } from './adapters/storage/kvs-site-fields-cache';
import { KvsLedgerRepository } from './adapters/storage/kvs-ledger-repository';
import { KvsOkrRepository } from './adapters/storage/kvs-okr-repository';
import { KvsProgressSnapshots } from './adapters/storage/kvs-progress-snapshots';
import { KvsRecentLinkWrites } from './adapters/storage/kvs-recent-link-writes';
import type { AppDeps } from './use-cases/app-deps';

/**
 * The one place real adapters are wired. Resolvers talk to Jira as the invoking user, so Jira
 * itself applies that user's permissions; events (no user) talk to Jira as the app.
 */
export function createDeps(actor: 'user' | 'app'): AppDeps {
  const requester = actor === 'user' ? api.asUser() : api.asApp();
  const client = new JiraClient((route, init) => requester.requestJira(route, init));
  const now = () => Date.now();
  return {
    okrs: new KvsOkrRepository(kvs),
    ledger: new KvsLedgerRepository(kvs),
    snapshots: new KvsProgressSnapshots(kvs),
    jira: new JiraWorkAdapter(client, new KvsRecentLinkWrites(kvs, now), new SiteFields(client, new KvsSiteFieldsCache(kvs, now))),
    clock: { now: () => new Date() },
    ids: { next: (prefix) => `${prefix}-${randomUUID().slice(0, 13)}` },
  };
}
