import type { LedgerEntryView, ObjectiveView, SprintMovementView } from '../../../src/shared/contract';

/** Closed sprints, the most recently completed first. */
export function newestSprintsFirst(sprints: readonly SprintMovementView[]): SprintMovementView[] {
  return [...sprints].sort((a, b) => b.completeDateIso.localeCompare(a.completeDateIso));
}

/** Each key result's ledger entries, newest sprint first. */
export function movementsByKeyResult(sprints: readonly SprintMovementView[]): Map<string, LedgerEntryView[]> {
  const byKeyResult = new Map<string, LedgerEntryView[]>();
  for (const sprint of newestSprintsFirst(sprints)) {
    for (const entry of sprint.entries) {
      byKeyResult.set(entry.keyResultId, [...(byKeyResult.get(entry.keyResultId) ?? []), entry]);
    }
  }
  return byKeyResult;
}

/** Key result titles by id, for ledger rows that only carry ids. */
export function keyResultTitles(objectives: readonly ObjectiveView[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const objective of objectives) {
    for (const keyResult of objective.keyResults) titles.set(keyResult.id, keyResult.title);
  }
  return titles;
}
