import type { BundleSize, GoalLine, SurfaceRow } from './results';

/** Issues per search page when fields are asked for. */
export const SEARCH_PAGE = 100;
export const PANEL_MAX_REQUESTS = 2;
/** Requests allowed beyond the pages themselves (permissions, sprint, board, users...). */
export const FIXED_REQUESTS = 5;
export const NAIVE_RATIO_MIN = 50;
export const NAIVE_RATIO_SITE_ISSUES = 10_000;
export const FLOOR_RATIO_MAX = 2;
export const PROJECT_PAGE_JS_MAX_KB = 300;
export const PROJECT_PAGE_BUNDLE = 'project-page (Custom UI build)';

/** ⌈n/page⌉ + 5: the Jira requests a surface that must read n issues may make. */
export function pagedBound(issues: number): number {
  return Math.ceil(issues / SEARCH_PAGE) + FIXED_REQUESTS;
}

/** The Jira request bound of a row, if its surface has one. */
export function boundOf(row: SurfaceRow): number | undefined {
  if (row.kind === 'panel' || row.kind === 'context') return PANEL_MAX_REQUESTS;
  if ((row.kind === 'page' || row.kind === 'close') && row.mustRead !== undefined) return pagedBound(row.mustRead);
  return undefined;
}

/** naive / app, for requests or time; undefined without a naive run or when the app made none. */
export function ratioOf(naive: number | undefined, app: number): number | undefined {
  return naive === undefined || app <= 0 ? undefined : naive / app;
}

/** One PASS/MISS line per goal and measured row it applies to. */
export function evaluateGoals(rows: readonly SurfaceRow[], bundles: readonly BundleSize[]): GoalLine[] {
  const lines: GoalLine[] = [];
  for (const row of rows) {
    const where = `${row.site} ${row.surface}`;
    if (row.error !== undefined) {
      lines.push({ status: 'MISS', goal: `${where} runs`, detail: `failed: ${row.error}` });
      continue;
    }
    const bound = boundOf(row);
    if (bound !== undefined) lines.push(requestGoal(row, where, bound));
    if (row.naive && row.generated && row.siteIssues === NAIVE_RATIO_SITE_ISSUES) lines.push(naiveGoal(row, where, row.naive.jiraRequests));
    if (row.floor) {
      const { ratio, rollUpMs, parseMs } = row.floor;
      lines.push({
        status: ratio <= FLOOR_RATIO_MAX ? 'PASS' : 'MISS',
        goal: `${where}: roll-up CPU ≤ ${FLOOR_RATIO_MAX}× parse floor`,
        detail: `${rollUpMs.toFixed(1)} ms vs ${parseMs.toFixed(1)} ms = ${ratio.toFixed(2)}×`,
      });
    }
  }
  const page = bundles.find((bundle) => bundle.name === PROJECT_PAGE_BUNDLE);
  if (page) {
    lines.push({
      status: page.gzipKb <= PROJECT_PAGE_JS_MAX_KB ? 'PASS' : 'MISS',
      goal: `project page JS ≤ ${PROJECT_PAGE_JS_MAX_KB} KB gzipped`,
      detail: `${page.gzipKb.toFixed(1)} KB`,
    });
  }
  return lines;
}

function requestGoal(row: SurfaceRow, where: string, bound: number): GoalLine {
  const formula = row.kind === 'panel' || row.kind === 'context' ? `${bound}` : `⌈${row.mustRead ?? 0}/${SEARCH_PAGE}⌉+${FIXED_REQUESTS} = ${bound}`;
  return {
    status: row.jiraRequests <= bound ? 'PASS' : 'MISS',
    goal: `${where}: Jira requests ≤ ${formula}`,
    detail: `${row.jiraRequests}`,
  };
}

function naiveGoal(row: SurfaceRow, where: string, naiveRequests: number): GoalLine {
  const ratio = ratioOf(naiveRequests, row.jiraRequests) ?? 0;
  return {
    status: ratio >= NAIVE_RATIO_MIN ? 'PASS' : 'MISS',
    goal: `${where}: ≥ ${NAIVE_RATIO_MIN}× fewer Jira requests than naive`,
    detail: `${naiveRequests} / ${row.jiraRequests} = ${ratio.toFixed(1)}×`,
  };
}
