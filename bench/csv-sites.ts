import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCsvSite } from '../local/datasets/csv-site';
import { linkIssues, planOkrs } from './okr-plan';
import { Prng } from './prng';
import { type BenchSite, panelIssue } from './site-generator';

export const CSV_DATASET_DIR = '/work/shared/datasets';
const CSV_FILES = ['XD_issues.csv', 'DURACLOUD_issues.csv'];
const CSV_KEY_RESULTS = 20;

/**
 * The two real projects (TAWOS exports) with key results and links added the way generated sites
 * get them. A missing file is skipped with a note, so the bench still runs without the datasets.
 */
export function loadCsvBenchSites(dir: string, now: Date, seed: number): { sites: BenchSite[]; notes: string[] } {
  const sites: BenchSite[] = [];
  const notes: string[] = [];
  for (const file of CSV_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      notes.push(`Skipped ${file}: not found in ${dir}.`);
      continue;
    }
    sites.push(csvBenchSite(path, now, seed));
  }
  return { sites, notes };
}

function csvBenchSite(path: string, now: Date, seed: number): BenchSite {
  const site = loadCsvSite(path);
  const project = site.projects[0];
  const board = site.boards[0];
  const editor = site.users[0];
  if (!project || !board || !editor) throw new Error(`${path} gave a site without a project, board or user`);
  const rng = new Prng(seed);
  const okrs = planOkrs({ projectKey: project.key, keyResults: CSV_KEY_RESULTS, accountIds: site.users.map((user) => user.accountId), now, rng });
  linkIssues(site.issues, okrs, rng);
  const active = site.sprints.find((sprint) => sprint.state === 'active');
  const sprints = active ? [{ id: active.id, size: site.issues.filter((issue) => issue.sprintIds.includes(active.id)).length }] : [];
  return {
    name: `${project.key} (csv)`,
    site,
    okrs,
    projectKey: project.key,
    boardId: board.id,
    // The CSV sites let only their first user (Alex) edit.
    accountId: editor.accountId,
    panelIssueKey: panelIssue(site.issues),
    sprints,
  };
}
