import type { ProgressSnapshots, WorkSnapshot } from '../../use-cases/ports/progress-snapshots';
import { getMany, type KvsPort, transactInChunks } from './kvs-port';
import { storageKeys } from './storage-keys';

/** The last computed work of each key result, written only when it changed. */
export class KvsProgressSnapshots implements ProgressSnapshots {
  constructor(private readonly store: KvsPort) {}

  async getMany(keyResultIds: readonly string[]): Promise<Map<string, WorkSnapshot>> {
    const stored = await getMany<WorkSnapshot>(this.store, keyResultIds.map(storageKeys.workSnapshot));
    return new Map([...stored.values()].map((snapshot) => [snapshot.keyResultId, snapshot]));
  }

  async putMany(snapshots: readonly WorkSnapshot[], known?: ReadonlyMap<string, WorkSnapshot>): Promise<void> {
    const stored = known ?? (await this.getMany(snapshots.map((snapshot) => snapshot.keyResultId)));
    const changed = snapshots.filter((snapshot) => !sameWork(stored.get(snapshot.keyResultId), snapshot));
    await transactInChunks(
      this.store,
      changed.map((snapshot) => ({ set: storageKeys.workSnapshot(snapshot.keyResultId), value: snapshot })),
    );
  }
}

function sameWork(a: WorkSnapshot | undefined, b: WorkSnapshot): boolean {
  return (
    a !== undefined &&
    a.totalIssues === b.totalIssues &&
    a.doneIssues === b.doneIssues &&
    a.totalStoryPoints === b.totalStoryPoints &&
    a.doneStoryPoints === b.doneStoryPoints &&
    a.unestimatedIssues === b.unestimatedIssues &&
    a.epicKeys?.join() === b.epicKeys.join()
  );
}
