import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectPageBundle, uiKitBundles } from './bundle-sizes';
import { CSV_DATASET_DIR, loadCsvBenchSites } from './csv-sites';
import { evaluateGoals } from './goals';
import type { BenchResults, BundleSize, SurfaceRow } from './results';
import { benchSite } from './run-site';
import { generateSite, type SiteSpec } from './site-generator';
import { formatBundles, formatGoals, formatTable } from './table';

/**
 * `npm run bench [-- --quick]`: how the app's cost grows with a site's size. Full: generated sites
 * of 1k, 10k and 50k issues plus the two CSV projects; quick (CI smoke test): the 1k site only.
 */
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick === true;
const ROOT = resolve(__dirname, '..');
const MANIFEST = join(ROOT, 'manifest.yml');
const RESULTS = join(ROOT, 'bench/results/latest.json');
const SEED = 20_261;
const MEMORY_NOTE =
  'heap MB: peak V8 heapUsed above the start of the call (after a forced GC), sampled every 5 ms and at every Jira request; the in-process emulator allocates in the same heap.';

const SPECS: Omit<SiteSpec, 'now' | 'seed'>[] = [
  { name: '1k', issues: 1_000, keyResults: 20, sprintSizes: [200] },
  { name: '10k', issues: 10_000, keyResults: 200, sprintSizes: [500, 2_000] },
  { name: '50k', issues: 50_000, keyResults: 1_000, sprintSizes: [500, 2_000] },
];

const LEGEND = [
  'must read: N (project page) = linked issues + children of linked epics; S (planner, sprint close) = sprint issues. received: issues in the search pages, repeats included.',
  "bound: the goal's Jira request limit. storage: kvs requests. ms: wall time of the call in this process; in Jira: of which the emulator answering.",
  'naive (bench/naive): list ids, then one GET per issue; one storage read per key result. ×: naive / app. parse, roll-up: warm project page (bench/floor.ts).',
  '×time is in-process: the emulator answers a GET in ~0.1 ms but re-runs the whole query for every search page (~40 ms at 50k), so it flatters the naive',
  'implementation; against real Jira, per-request latency (~100 ms+) makes time follow the request counts.',
  MEMORY_NOTE,
];

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const started = performance.now();
  const now = new Date();
  const notes: string[] = [];
  const rows: SurfaceRow[] = [];
  for (const spec of quick ? SPECS.slice(0, 1) : SPECS) {
    log(`Site ${spec.name}: ${spec.issues} issues, ${spec.keyResults} key results`);
    rows.push(...(await benchSite(generateSite({ ...spec, seed: SEED, now }), { manifestPath: MANIFEST, generated: true, now, log })));
  }
  if (quick) notes.push('Quick mode: the 1k site only; no CSV projects.');
  else {
    const csv = loadCsvBenchSites(CSV_DATASET_DIR, now, SEED);
    notes.push(...csv.notes);
    for (const site of csv.sites) {
      log(`Site ${site.name}: ${site.site.issues.length} issues, ${site.okrs.keyResults.length} key results`);
      rows.push(...(await benchSite(site, { manifestPath: MANIFEST, generated: false, now, log })));
    }
  }
  log('Bundles');
  const bundles = await measureBundles(notes);
  const goals = evaluateGoals(rows, bundles);
  const results: BenchResults = {
    startedAtIso: now.toISOString(),
    mode: quick ? 'quick' : 'full',
    node: process.version,
    memoryNote: MEMORY_NOTE,
    rows,
    bundles,
    goals,
    notes,
    totalSeconds: (performance.now() - started) / 1000,
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(report(results));
  return rows.some((row) => row.error !== undefined) ? 1 : 0;
}

async function measureBundles(notes: string[]): Promise<BundleSize[]> {
  const bundles = await uiKitBundles(ROOT, MANIFEST);
  const page = projectPageBundle(ROOT, !quick, log);
  if (page) return [page, ...bundles];
  notes.push('Project page not built (static/project-page/build): run `npm run build` to measure it.');
  return bundles;
}

function report(results: BenchResults): string {
  const section = (title: string, body: string) => (body === '' ? [] : ['', title, body]);
  return [
    `OKRs for Jira bench (${results.mode}, Node ${results.node}, ${results.startedAtIso})`,
    '',
    formatTable(results.rows),
    '',
    ...LEGEND,
    ...section('Bundles', formatBundles(results.bundles)),
    ...section('Goals', formatGoals(results.goals)),
    ...section('Notes', results.notes.join('\n')),
    '',
    `Finished in ${results.totalSeconds.toFixed(1)} s; figures in bench/results/latest.json.`,
  ].join('\n');
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
