import { type Confidence, type KeyResult, RECENT_CHECK_INS } from './key-result';
import { DomainError } from './domain-error';

/** One update of a key result: a new value (metrics only), a confidence and a note. */
export interface CheckIn {
  id: string;
  keyResultId: string;
  atIso: string;
  byAccountId: string;
  /** The metric's value after the check-in; absent for issue-driven key results. */
  value?: number;
  previousValue?: number;
  confidence: Confidence;
  note: string;
}

export interface CheckInInput {
  value?: number;
  confidence: Confidence;
  note: string;
}

/** Applies a check-in: returns the key result as it is afterwards and the history entry. */
export function applyCheckIn(
  keyResult: KeyResult,
  input: CheckInInput,
  meta: { id: string; atIso: string; byAccountId: string },
): { keyResult: KeyResult; checkIn: CheckIn } {
  const { measure } = keyResult;
  if (measure.kind !== 'metric' && input.value !== undefined) {
    throw new DomainError('This key result is measured by its linked issues: check in a confidence and a note, not a value.', 'value');
  }
  if (measure.kind === 'metric' && input.value !== undefined && !Number.isFinite(input.value)) {
    throw new DomainError('The value must be a number.', 'value');
  }
  const nextMeasure = measure.kind === 'metric' && input.value !== undefined ? { ...measure, current: input.value } : measure;
  const checkIn: CheckIn = {
    ...meta,
    keyResultId: keyResult.id,
    confidence: input.confidence,
    note: input.note,
    ...(measure.kind === 'metric' ? { value: nextMeasure.kind === 'metric' ? nextMeasure.current : undefined, previousValue: measure.current } : {}),
  };
  return {
    keyResult: {
      ...keyResult,
      measure: nextMeasure,
      confidence: input.confidence,
      recentCheckIns: [checkIn, ...(keyResult.recentCheckIns ?? [])].slice(0, RECENT_CHECK_INS),
      updatedAtIso: meta.atIso,
    },
    checkIn,
  };
}

/** The metric value in force at a moment: the last check-in at or before it, else the baseline. */
export function valueAt(history: readonly CheckIn[], baseline: number, momentIso: string): number {
  let value = baseline;
  for (const checkIn of [...history].sort((a, b) => a.atIso.localeCompare(b.atIso))) {
    if (checkIn.atIso > momentIso) break;
    if (checkIn.value !== undefined) value = checkIn.value;
  }
  return value;
}
