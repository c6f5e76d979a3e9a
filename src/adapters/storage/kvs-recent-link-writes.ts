import type { RecentLinkWrites } from '../jira/jira-work-adapter';
import type { KvsPort } from './kvs-port';
import { storageKeys } from './storage-keys';

interface RecentWrite {
  issueId: number;
  atMs: number;
}

/** Jira's search index can lag a property write by a while; after that the ids are dropped. */
const KEEP_MS = 10 * 60 * 1000;
/** `reconcileIssues` takes at most 50 ids. */
const KEEP_COUNT = 50;

/** The issues whose links were written lately, passed to searches as `reconcileIssues`. */
export class KvsRecentLinkWrites implements RecentLinkWrites {
  constructor(
    private readonly store: KvsPort,
    private readonly nowMs: () => number,
  ) {}

  async list(): Promise<number[]> {
    return (await this.fresh()).map((write) => write.issueId);
  }

  async add(issueId: number): Promise<void> {
    const others = (await this.fresh()).filter((write) => write.issueId !== issueId);
    const next = [{ issueId, atMs: this.nowMs() }, ...others].slice(0, KEEP_COUNT);
    await this.store.set(storageKeys.recentLinkWrites, next);
  }

  private async fresh(): Promise<RecentWrite[]> {
    const stored = (await this.store.get<RecentWrite[]>(storageKeys.recentLinkWrites)) ?? [];
    const cutoff = this.nowMs() - KEEP_MS;
    return stored.filter((write) => write.atMs >= cutoff);
  }
}
