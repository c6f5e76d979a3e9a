import type { ClosedSprint, LedgerEntry } from '../../domain/sprint-ledger';

/** Which sprint close has been recorded, marked once every entry of it is stored. */
export interface SprintCloseRecord {
  sprintId: string;
  completeDateIso: string;
  keyResultIds: string[];
  /** The storage keys of the entries, so a later close of the same sprint can replace them. */
  entryKeys?: string[];
  recordedAtIso: string;
}

/** The per-sprint, per-key-result record of what closed sprints moved. */
export interface LedgerRepository {
  findSprintClose(sprintId: string): Promise<SprintCloseRecord | undefined>;
  /** Replaces whatever an earlier close of the same sprint recorded; the record is written last. */
  recordSprintClose(sprint: ClosedSprint, entries: LedgerEntry[], recordedAtIso: string): Promise<void>;
  /** The entries of these objectives' key results, over every sprint. */
  listEntries(objectiveIds: readonly string[]): Promise<LedgerEntry[]>;
}
