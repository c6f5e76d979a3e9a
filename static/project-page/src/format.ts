const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 1234.5 → "1,234.5"; a minus sign, not a hyphen, for negatives. */
export function formatNumber(value: number): string {
  return numberFormat.format(value).replace('-', '\u2212');
}

/** Signed change: "+3", "−1.5", "0". */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${formatNumber(delta)}`;
  return formatNumber(delta);
}

export function formatPercent(percent: number): string {
  return `${formatNumber(Math.round(percent))} %`;
}

/** Null progress (nothing to measure yet) shows as an en dash. */
export function formatOptionalPercent(percent: number | null): string {
  return percent === null ? '\u2013' : formatPercent(percent);
}

export function withUnit(text: string, unit: string): string {
  return unit.trim() === '' ? text : `${text} ${unit}`;
}

/** "2026-10-01" or a full ISO timestamp → "1 Oct 2026". */
export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** "1,5" and "1.5" both mean one and a half; empty or junk is undefined. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}
