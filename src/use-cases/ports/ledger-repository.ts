import type { ClosedSprint, LedgerEntry } from '../../domain/sprint-ledger';

/** Which sprint close has been recorded, marked once every entry of it is stored. */
export interface SprintCloseRecord {
  sprintId: string;
  completeDateIso: string;
  keyResultIds: string[];
  recordedAtIso: string;
}

/** The per-sprint, per-key-result record of what closed sprints moved. */
export interface LedgerRepository {
  findSprintClose(sprintId: string): Promise<SprintCloseRecord | undefined>;
  /** Replaces whatever an earlier close of the same sprint recorded; the record is written last. */
  recordSprintClose(sprint: ClosedSprint, entries: LedgerEntry[], recordedAtIso: string): Promise<void>;
  listEntries(): Promise<LedgerEntry[]>;
}
