import { DomainError } from './domain-error';

/** A planning period such as "2026 Q4", with inclusive ISO dates (YYYY-MM-DD). */
export interface Cycle {
  label: string;
  startDate: string;
  endDate: string;
}

/** The calendar quarter of a year, e.g. quarterCycle(2026, 4) → 2026 Q4, Oct 1 – Dec 31. */
export function quarterCycle(year: number, quarter: 1 | 2 | 3 | 4): Cycle {
  const startMonth = (quarter - 1) * 3;
  const start = new Date(Date.UTC(year, startMonth, 1));
  const end = new Date(Date.UTC(year, startMonth + 3, 0));
  return { label: `${year} Q${quarter}`, startDate: isoDate(start), endDate: isoDate(end) };
}

/** The quarter a moment falls in. */
export function cycleContaining(moment: Date): Cycle {
  const quarter = (Math.floor(moment.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4;
  return quarterCycle(moment.getUTCFullYear(), quarter);
}

export function assertValidCycle(cycle: Cycle): void {
  if (cycle.label.trim() === '') throw new DomainError('A cycle needs a label, e.g. "2026 Q4".', 'cycle');
  if (cycle.endDate < cycle.startDate) {
    throw new DomainError(`Cycle "${cycle.label}" ends (${cycle.endDate}) before it starts (${cycle.startDate}).`, 'cycle');
  }
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
