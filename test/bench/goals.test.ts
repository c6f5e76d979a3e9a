import { evaluateGoals, pagedBound, PROJECT_PAGE_BUNDLE } from '../../bench/goals';
import type { SurfaceRow } from '../../bench/results';

const figures = { jiraRequests: 2, kvsRequests: 3, wallMs: 10, jiraMs: 4, peakHeapMb: 1 };
const row = (overrides: Partial<SurfaceRow>): SurfaceRow => ({
  site: '10k',
  siteIssues: 10_000,
  generated: true,
  surface: 'issue panel',
  kind: 'panel',
  ...figures,
  ...overrides,
});

describe('pagedBound', () => {
  it.each([
    [0, 5],
    [1, 6],
    [100, 6],
    [101, 7],
    [14_191, 147],
  ])('allows ⌈%i/100⌉ + 5 = %i requests', (issues, bound) => {
    expect(pagedBound(issues)).toBe(bound);
  });
});

describe('evaluateGoals', () => {
  const statuses = (rows: SurfaceRow[]) => evaluateGoals(rows, []).map((line) => line.status);

  it('passes a panel at 2 Jira requests and misses it at 3', () => {
    expect(statuses([row({}), row({ jiraRequests: 3 })])).toEqual(['PASS', 'MISS']);
  });

  it('bounds the project page by the issues it must read: 34 requests for 2,856 issues, not 35', () => {
    const page = (jiraRequests: number) => row({ surface: 'project page', kind: 'page', mustRead: 2_856, jiraRequests });
    expect(statuses([page(34), page(35)])).toEqual(['PASS', 'MISS']);
  });

  it('asks 50× fewer requests than naive at 10k generated issues only', () => {
    const close = (overrides: Partial<SurfaceRow>) =>
      row({
        surface: 'sprint close (500)',
        kind: 'close',
        mustRead: 500,
        jiraRequests: 10,
        naive: { ...figures, jiraRequests: 499, agrees: true },
        ...overrides,
      });
    const lines = evaluateGoals([close({}), close({ site: '50k', siteIssues: 50_000 }), close({ site: 'csv', generated: false })], []);
    expect(lines.map((line) => `${line.status} ${line.goal}`).filter((line) => line.includes('naive'))).toEqual([
      'MISS 10k sprint close (500): ≥ 50× fewer Jira requests than naive',
    ]);
  });

  it('holds the roll-up to twice the parse floor', () => {
    const floor = (rollUpMs: number) => ({ responses: 1, bodyMb: 1, parseMs: 10, schemaMs: 1, rollUpMs, ratio: rollUpMs / 10 });
    const page = (rollUpMs: number) => row({ surface: 'project page', kind: 'page', mustRead: 0, floor: floor(rollUpMs) });
    expect(statuses([page(20), page(21)])).toEqual(['PASS', 'PASS', 'PASS', 'MISS']);
  });

  it('misses every row that failed, whatever its counts', () => {
    expect(evaluateGoals([row({ error: 'boom' })], [])).toEqual([{ status: 'MISS', goal: '10k issue panel runs', detail: 'failed: boom' }]);
  });

  it('limits the project page JS to 300 KB gzipped', () => {
    const bundle = (gzipKb: number) => [{ name: PROJECT_PAGE_BUNDLE, files: [], rawKb: 0, gzipKb }];
    expect([evaluateGoals([], bundle(300))[0]?.status, evaluateGoals([], bundle(300.1))[0]?.status]).toEqual(['PASS', 'MISS']);
  });
});
