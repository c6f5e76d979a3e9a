import type { LedgerEntryView, MeasureKind, ObjectiveView, SprintMovementView } from '../../../src/shared/contract';
import { formatNumber, pluralize, withUnit } from './format';

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

/** "80 → 60 s", "0 → 1 issue", "5 → 13 pts": counted units agree with the value after the sprint. */
export function movementText(entry: Pick<LedgerEntryView, 'kind' | 'unit' | 'before' | 'after'>): string {
  const before = formatNumber(entry.before);
  if (entry.kind === 'metric') return withUnit(`${before} → ${formatNumber(entry.after)}`, entry.unit);
  return `${before} → ${countText(entry.kind, entry.after)}`;
}

/** "2 issues, 8 pts"; only the issue count when the key result counts issues; "–" when none moved. */
export function movedIssuesText(entry: Pick<LedgerEntryView, 'kind' | 'movedIssues' | 'movedStoryPoints'>): string {
  if (entry.movedIssues.length === 0) return '\u2013';
  const issues = pluralize(entry.movedIssues.length, 'issue');
  if (entry.kind === 'issues' || entry.movedStoryPoints <= 0) return issues;
  return `${issues}, ${pluralize(entry.movedStoryPoints, 'pt')}`;
}

function countText(kind: Exclude<MeasureKind, 'metric'>, count: number): string {
  return kind === 'issues' ? pluralize(count, 'issue') : pluralize(count, 'pt');
}
