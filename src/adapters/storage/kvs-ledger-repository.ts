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
    const entryKeys = entries.map((entry) => storageKeys.ledgerEntry(entry.objectiveId, entry.keyResultId, sprint.id));
    const stale = (previous?.entryKeys ?? []).filter((key) => !entryKeys.includes(key));
    const operations: KvsOperation[] = [
      ...stale.map((key) => ({ delete: key })),
      ...entries.map((entry, index) => ({ set: entryKeys[index] ?? '', value: entry })),
    ];
    await transactInChunks(this.store, operations);
    const keyResultIds = entries.map((entry) => entry.keyResultId);
    const record: SprintCloseRecord = { sprintId: sprint.id, completeDateIso: sprint.completeDateIso, keyResultIds, entryKeys, recordedAtIso };
    await this.store.set(storageKeys.sprintClose(sprint.id), record);
  }

  async listEntries(objectiveIds: readonly string[]): Promise<LedgerEntry[]> {
    const lists = await Promise.all([...new Set(objectiveIds)].map((id) => listValuesByPrefix<LedgerEntry>(this.store, storageKeys.ledgerPrefix(id))));
    return lists.flat();
  }
}
