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

/** "9.5 / 4" + "%" → "9.5 / 4 %"; an empty or blank unit adds nothing, not even a space. */
export function withUnit(text: string, unit: string): string {
  const trimmed = unit.trim();
  return trimmed === '' ? text : `${text} ${trimmed}`;
}

/** "2026-10-01" or a full ISO timestamp → "1 Oct 2026". */
export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "1 issue", "3 issues", "0.5 pts": singular only when the number reads as 1. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  const text = formatNumber(count);
  return `${text} ${text === '1' ? singular : plural}`;
}

const plainNumber = /^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const commaGrouped = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const spaceGrouped = /^\d{1,3}( \d{3})+(\.\d+|,(?!\d{3}$)\d+)?$/;
const decimalComma = /^\d*,(?!\d{3}$)\d+$/;

/**
 * What the user typed, as a number: "1,000", "12,500.5" and "1 000" group thousands; a single
 * comma not followed by exactly three digits ("1,5") is a decimal comma. Empty, junk and
 * ambiguous text ("1,00,0", "1.000,5") is undefined rather than a guess.
 */
export function parseNumber(text: string): number | undefined {
  const normalized = text.trim().replace(/[\u00a0\u2009\u202f]/g, ' ');
  const negative = /^[-\u2212]/.test(normalized);
  const digits = canonicalDigits(normalized.replace(/^[-+\u2212]/, ''));
  if (digits === undefined) return undefined;
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  return negative ? -value : value;
}

/** The unsigned number in the form `Number` reads, or undefined when it is not one we accept. */
function canonicalDigits(body: string): string | undefined {
  if (plainNumber.test(body)) return body;
  if (commaGrouped.test(body)) return body.replace(/,/g, '');
  if (spaceGrouped.test(body)) return body.replace(/ /g, '').replace(',', '.');
  if (decimalComma.test(body)) return body.replace(',', '.');
  return undefined;
}
