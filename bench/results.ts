import type { RequestBreakdown } from './request-breakdown';

/** What one measured call cost. */
export interface Figures {
  jiraRequests: number;
  kvsRequests: number;
  /** Wall time of the call in this process (emulator and SQLite included). */
  wallMs: number;
  /** Of wallMs, the time the Jira emulator took to answer (the rest is the app and the runtime). */
  jiraMs: number;
  /** Peak heapUsed above the start of the call (see heap-sampler.ts). */
  peakHeapMb: number;
}

/** CPU of the roll-up against the bare cost of parsing the Jira answers it was built from. */
export interface FloorFigures {
  responses: number;
  bodyMb: number;
  /** JSON.parse of every Jira response body the call received. */
  parseMs: number;
  /** The app's schema check of the search pages (not part of the goal; shown for scale). */
  schemaMs: number;
  /** Mapping issues + rollUpWork + building the objective views. */
  rollUpMs: number;
  /** rollUpMs / parseMs. */
  ratio: number;
}

export type SurfaceKind = 'panel' | 'context' | 'page' | 'planner' | 'close';

export interface SurfaceRow extends Figures {
  site: string;
  siteIssues: number;
  /** Generated sites count for the "×50 at 10k" goal; the CSV projects do not. */
  generated: boolean;
  surface: string;
  kind: SurfaceKind;
  /** N (page: linked issues + children of linked epics) or S (planner, close: sprint issues). */
  mustRead?: number;
  /** Where the app's Jira requests went. */
  requests?: RequestBreakdown;
  naive?: Figures & { agrees: boolean };
  floor?: FloorFigures;
  error?: string;
}

export interface BundleSize {
  name: string;
  files: string[];
  rawKb: number;
  gzipKb: number;
}

export type GoalStatus = 'PASS' | 'MISS';

export interface GoalLine {
  status: GoalStatus;
  goal: string;
  detail: string;
}

export interface BenchResults {
  startedAtIso: string;
  mode: 'quick' | 'full';
  node: string;
  memoryNote: string;
  rows: SurfaceRow[];
  bundles: BundleSize[];
  goals: GoalLine[];
  notes: string[];
  totalSeconds: number;
}
