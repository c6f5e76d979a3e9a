/**
 * Every storage key the app writes, spelled here only. Forge storage is one key space per site
 * (per installation), so each kind of record has its own prefix and is listed with a prefix query.
 * Keys must not contain "/" and stay under 500 characters: ids are generated, never user text.
 */
export const storageKeys = {
  objective: (id: string) => `objective:${id}`,
  objectivePrefix: 'objective:',
  keyResult: (id: string) => `key-result:${id}`,
  keyResultPrefix: 'key-result:',
  /** Sorted by time inside one key result: `check-in:<krId>:<atIso>:<id>`. */
  checkIn: (keyResultId: string, atIso: string, id: string) => `check-in:${keyResultId}:${atIso}:${id}`,
  checkInPrefix: (keyResultId: string) => `check-in:${keyResultId}:`,
  /** Grouped by objective, so a page reads the history of the objectives it shows and no more. */
  ledgerEntry: (objectiveId: string, keyResultId: string, sprintId: string) => `sprint-ledger:${objectiveId}:${keyResultId}:${sprintId}`,
  ledgerPrefix: (objectiveId: string) => `sprint-ledger:${objectiveId}:`,
  sprintClose: (sprintId: string) => `sprint-close:${sprintId}`,
  workSnapshot: (keyResultId: string) => `work-snapshot:${keyResultId}`,
  recentLinkWrites: 'recent-link-writes',
  siteFields: 'site-fields',
} as const;
