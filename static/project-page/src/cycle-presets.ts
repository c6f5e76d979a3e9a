import type { CycleInput } from '../../../src/shared/contract';

/** The calendar quarters offered as one-click cycles: this year's four and next year's first. */
export function quarterPresets(year: number): CycleInput[] {
  const quarters = [1, 2, 3, 4].map((quarter) => quarterCycle(year, quarter));
  return [...quarters, quarterCycle(year + 1, 1)];
}

export function quarterCycle(year: number, quarter: number): CycleInput {
  const startMonth = (quarter - 1) * 3;
  const start = new Date(Date.UTC(year, startMonth, 1));
  const end = new Date(Date.UTC(year, startMonth + 3, 0));
  return { label: `${year} Q${quarter}`, startDate: isoDate(start), endDate: isoDate(end) };
}

/** The year a cycle starts in, or the fallback when its start date is not a date. */
export function cycleYear(startDate: string, fallback: number): number {
  const year = Number(startDate.slice(0, 4));
  return Number.isInteger(year) && year > 1900 ? year : fallback;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
