import type { ClosedSprint, LedgerEntry } from '../../domain/sprint-ledger';
import type { LedgerRepository, SprintCloseRecord } from '../../use-cases/ports/ledger-repository';
import { type KvsOperation, type KvsPort, listValuesByPrefix, transactInChunks } from './kvs-port';
import { storageKeys } from './storage-keys';

/**
 * One key per (sprint, key result), so recording the same close twice writes the same keys; the
 * sprint-close record goes last and says the set is complete.
 */
export class KvsLedgerRepository implements LedgerRepository {
  constructor(private readonly store: KvsPort) {}

  findSprintClose(sprintId: string): Promise<SprintCloseRecord | undefined> {
    return this.store.get<SprintCloseRecord>(storageKeys.sprintClose(sprintId));
  }

  async recordSprintClose(sprint: ClosedSprint, entries: LedgerEntry[], recordedAtIso: string): Promise<void> {
    const previous = await this.findSprintClose(sprint.id);
    const keyResultIds = entries.map((entry) => entry.keyResultId);
    const stale = (previous?.keyResultIds ?? []).filter((id) => !keyResultIds.includes(id));
    const operations: KvsOperation[] = [
      ...stale.map((id) => ({ delete: storageKeys.ledgerEntry(sprint.id, id) })),
      ...entries.map((entry) => ({ set: storageKeys.ledgerEntry(sprint.id, entry.keyResultId), value: entry })),
    ];
    await transactInChunks(this.store, operations);
    const record: SprintCloseRecord = { sprintId: sprint.id, completeDateIso: sprint.completeDateIso, keyResultIds, recordedAtIso };
    await this.store.set(storageKeys.sprintClose(sprint.id), record);
  }

  listEntries(): Promise<LedgerEntry[]> {
    return listValuesByPrefix<LedgerEntry>(this.store, storageKeys.ledgerPrefix);
  }
}
