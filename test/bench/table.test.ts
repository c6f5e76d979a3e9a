import type { SurfaceRow } from '../../bench/results';
import { formatGoals, formatTable, renderTable } from '../../bench/table';

const row: SurfaceRow = {
  site: '10k',
  siteIssues: 10_000,
  generated: true,
  surface: 'project page',
  kind: 'page',
  mustRead: 2_856,
  jiraRequests: 40,
  kvsRequests: 13,
  wallMs: 368.4,
  jiraMs: 268.2,
  peakHeapMb: 23.14,
  naive: { jiraRequests: 2_865, kvsRequests: 203, wallMs: 623, jiraMs: 400, peakHeapMb: 30, agrees: true },
  floor: { responses: 40, bodyMb: 7.6, parseMs: 14.3, schemaMs: 2.4, rollUpMs: 2.8, ratio: 0.196 },
};

describe('renderTable', () => {
  it('pads each column to its widest cell, text left and numbers right', () => {
    expect(
      renderTable(
        ['site', 'name', 'n'],
        [
          ['1k', 'panel', '2'],
          ['10k', 'page', '40'],
        ],
      ).split('\n'),
    ).toEqual(['site  name    n', '----  -----  --', '1k    panel   2', '10k   page   40']);
  });
});

describe('formatTable', () => {
  const cells = (text: string) => text.split('\n')[2]?.split(/\s{2,}/);

  it('shows a row with its bound, naive figures, ratios and parse floor', () => {
    expect(cells(formatTable([row]))).toEqual([
      '10k',
      'project page',
      '2856',
      '40',
      '34',
      '13',
      '368',
      '268',
      '23.1',
      '2865',
      '203',
      '623',
      '72×',
      '1.7×',
      '14.3',
      '2.8',
      '0.2×',
    ]);
  });

  it('flags a naive run whose results differ from the app’s', () => {
    expect(formatTable([{ ...row, naive: { ...row.naive!, agrees: false } }])).toContain('2865 (differs!)');
  });

  it('shows the error in place of the figures of a failed row', () => {
    expect(cells(formatTable([{ ...row, error: 'Jira answered 500' }]))).toEqual(['10k', 'project page', '2856', 'ERROR: Jira answered 500']);
  });
});

describe('formatGoals', () => {
  it('prints one status line per goal', () => {
    expect(formatGoals([{ status: 'MISS', goal: '50k project page: Jira requests ≤ 147', detail: '218' }])).toBe(
      'MISS  50k project page: Jira requests ≤ 147: 218',
    );
  });
});
