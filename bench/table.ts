import { boundOf, ratioOf } from './goals';
import type { BundleSize, GoalLine, SurfaceRow } from './results';

const HEADERS = [
  'site',
  'surface',
  'must read',
  'received',
  'Jira',
  'bound',
  'storage',
  'ms',
  'in Jira',
  'heap MB',
  'naive Jira',
  'naive storage',
  'naive ms',
  '×Jira',
  '×time',
  'parse ms',
  'roll-up ms',
  '×parse',
];
const LEFT_ALIGNED = 2;

/** The bench's one table: a row per site and surface, naive and floor figures where measured. */
export function formatTable(rows: readonly SurfaceRow[]): string {
  return renderTable(HEADERS, rows.map(rowCells));
}

function rowCells(row: SurfaceRow): string[] {
  const head = [row.site, row.surface, optional(row.mustRead), optional(row.requests?.issuesReceived || undefined)];
  if (row.error !== undefined) return [...head, `ERROR: ${row.error}`, ...Array<string>(HEADERS.length - head.length - 1).fill('')];
  const { naive, floor } = row;
  return [
    ...head,
    String(row.jiraRequests),
    optional(boundOf(row)),
    String(row.kvsRequests),
    ms(row.wallMs),
    ms(row.jiraMs),
    row.peakHeapMb.toFixed(1),
    naive ? String(naive.jiraRequests) + (naive.agrees ? '' : ' (differs!)') : '',
    naive ? String(naive.kvsRequests) : '',
    naive ? ms(naive.wallMs) : '',
    times(ratioOf(naive?.jiraRequests, row.jiraRequests)),
    times(ratioOf(naive?.wallMs, row.wallMs)),
    floor ? ms(floor.parseMs) : '',
    floor ? ms(floor.rollUpMs) : '',
    floor ? times(floor.ratio) : '',
  ];
}

/** Columns padded to their widest cell; the first two left-aligned, numbers right-aligned. */
export function renderTable(headers: readonly string[], rows: readonly string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i < LEFT_ALIGNED ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export function formatGoals(goals: readonly GoalLine[]): string {
  return goals.map((goal) => `${goal.status}  ${goal.goal}: ${goal.detail}`).join('\n');
}

export function formatBundles(bundles: readonly BundleSize[]): string {
  return bundles
    .map((bundle) => `${bundle.name}: ${bundle.gzipKb.toFixed(1)} KB gzipped (${bundle.rawKb.toFixed(1)} KB minified; ${bundle.files.join(', ')})`)
    .join('\n');
}

function optional(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

function ms(value: number): string {
  return value < 100 ? value.toFixed(1) : value.toFixed(0);
}

function times(value: number | undefined): string {
  if (value === undefined) return '';
  return `${value < 10 ? value.toFixed(1) : value.toFixed(0)}×`;
}
