import { readFileSync } from 'node:fs';
import type { IssueTypeName, SiteData, SiteIssue, StatusCategoryKey } from '../jira-emulator/site-data';
import { parseCsvRecords } from './csv-parser';
import { parseCsvRow } from './csv-row';
import { planSprints, type SprintPlan } from './csv-sprint-plan';
import { DEMO_FIELDS, DEMO_USERS } from './demo-site';

/**
 * A Jira site from a TAWOS CSV export (/work/shared/datasets/<KEY>_issues.csv). The files hold issuekey,
 * created, storypoint, context, codesnippet and one-hot t_* (type) and c_* (component) columns. Everything
 * else is derived here, deterministically (no randomness: only an FNV-1a hash of the issue key):
 *
 * - Project: key from the issue keys, name from KNOWN_NAMES (else the key); id 10000; company-managed.
 *   Issue id = 10000 + the key's number. `created` (MM/DD/YYYY HH:MM:SS) is read as UTC.
 * - Summary: `context` up to the first ` "` (the description that follows starts with a doubled quote),
 *   the whole context when there is none; at most 255 characters, like Jira's summary.
 * - Type: t_Story, t_Bug, t_Improvement, t_Epic map to themselves; t_Task and t_Technical.task to Task;
 *   a row with no type column set is a Story. Components: the c_* columns set, '.' read as a space.
 * - Epics: the file's own t_Epic rows; a real epic owns its first component (earlier epics win). Every
 *   other component that some non-epic issue has as its FIRST component gets a synthetic epic
 *   "<Component> epic", keyed after the highest key number in the file, in column order, created with
 *   its earliest child. Parent of a non-epic issue = the epic of its first component; none without one.
 * - Story points: `storypoint` goes into the board's estimation field ("Story point estimate",
 *   customfield_10016). 0 is kept as an estimate of 0: the team estimated it (Jira tells 0 from empty).
 *   Synthetic epics have no estimate.
 * - Sprints (one scrum board, two-week cadence anchored at 00:00 UTC of the first creation day; see
 *   csv-sprint-plan.ts): the newest non-epic issues form the current plan. The newest 10% (at most 10)
 *   stay in the backlog, the next 10% (at most 10) go to the one future sprint, the next 40% (at most 40)
 *   to the active sprint, which starts at the first cadence boundary after the newest issue was created.
 *   Every older issue goes into the cadence sprint that starts right after its creation (at latest the
 *   one before the active sprint); cadence windows that receive no issue get no sprint, so sprint
 *   numbers count real sprints only. Closed sprints complete at their end date.
 * - Status: issues of closed sprints are Done; in the active sprint, hash(key) mod 10 gives
 *   0-3 To Do, 4-6 In Progress, 7-9 Done; future sprint and backlog are To Do. An epic is Done when all
 *   its children are, To Do when all are To Do, else In Progress.
 * - Users and access as in the demo site: Alex Rivera and Sam Chen both browse, only Alex edits.
 *   Issues in a sprint are assigned to Alex or Sam by hash(key) parity; backlog issues are unassigned.
 * `csvSiteNow(site)` is the moment the site is "at": one week into the active sprint.
 */

const KNOWN_NAMES: Record<string, string> = { XD: 'Spring XD', DURACLOUD: 'DuraCloud' };
const TYPE_COLUMNS: Record<string, IssueTypeName> = {
  t_Story: 'Story',
  t_Bug: 'Bug',
  t_Improvement: 'Improvement',
  t_Epic: 'Epic',
  t_Task: 'Task',
  't_Technical.task': 'Task',
};
const STATUS: Record<StatusCategoryKey, string> = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' };

interface CsvIssue {
  key: string;
  number: number;
  createdMs: number;
  points: number | undefined;
  summary: string;
  type: IssueTypeName;
  components: string[];
}

export function loadCsvSite(csvPath: string): SiteData {
  return siteFromCsv(readFileSync(csvPath, 'utf8'));
}

export function siteFromCsv(text: string): SiteData {
  const records = parseCsvRecords(text);
  const columns = Object.keys(records[0] ?? {});
  const rows = records.map((record, index) => toCsvIssue(record, index, columns)).sort((a, b) => a.createdMs - b.createdMs);
  const projectKey = rows[0]?.key.split('-')[0];
  if (!projectKey) throw new Error('the CSV has no issues');
  const componentOrder = columns.filter((column) => column.startsWith('c_')).map(componentName);
  const epics = deriveEpics(projectKey, rows, componentOrder);
  const work = rows.filter((row) => row.type !== 'Epic');
  const plan = planSprints(projectKey, 1, work);
  const issues = work.map((row) => workIssue(projectKey, row, plan, epics.byComponent));
  const epicIssues = epics.all.map((epic) => epicIssue(projectKey, epic, issues));
  return {
    users: [DEMO_USERS.alex, DEMO_USERS.sam],
    projects: [
      {
        id: '10000',
        key: projectKey,
        name: KNOWN_NAMES[projectKey] ?? projectKey,
        style: 'classic',
        browseAccountIds: 'everyone',
        editAccountIds: [DEMO_USERS.alex.accountId],
      },
    ],
    storyPointFields: { storyPoints: DEMO_FIELDS.storyPoints, storyPointEstimate: DEMO_FIELDS.storyPointEstimate },
    sprintFieldId: DEMO_FIELDS.sprint,
    boards: [{ id: 1, name: `${projectKey} board`, projectKey, type: 'scrum', estimationFieldId: DEMO_FIELDS.storyPointEstimate }],
    sprints: plan.sprints,
    issues: [...epicIssues, ...issues].sort((a, b) => Number(a.id) - Number(b.id)),
  };
}

/** One week into the active sprint: where the site's story stands. */
export function csvSiteNow(site: SiteData): Date {
  const active = site.sprints.find((sprint) => sprint.state === 'active');
  if (!active?.startDate) throw new Error('the site has no active sprint');
  return new Date(Date.parse(active.startDate) + 7 * 24 * 60 * 60 * 1000);
}

function toCsvIssue(record: Record<string, string>, index: number, columns: string[]): CsvIssue {
  const row = parseCsvRow(record, index);
  const typeColumn = columns.find((column) => column.startsWith('t_') && record[column] === '1');
  return {
    key: row.issuekey,
    number: Number(row.issuekey.split('-')[1]),
    createdMs: parseCreated(row.created),
    points: row.storypoint,
    summary: summaryOf(row.context),
    type: (typeColumn && TYPE_COLUMNS[typeColumn]) || 'Story',
    components: columns.filter((column) => column.startsWith('c_') && record[column] === '1').map(componentName),
  };
}

function parseCreated(text: string): number {
  const match = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new Error(`unexpected created date '${text}'`);
  const [month, day, year, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function summaryOf(context: string): string {
  const cut = context.indexOf(' "');
  return (cut < 0 ? context : context.slice(0, cut)).trim().slice(0, 255);
}

function componentName(column: string): string {
  return column.replace(/^c_/, '').replace(/\./g, ' ');
}

interface EpicDraft {
  row: CsvIssue;
  synthetic: boolean;
}

function deriveEpics(projectKey: string, rows: CsvIssue[], componentOrder: string[]) {
  const byComponent = new Map<string, string>();
  const all: EpicDraft[] = rows.filter((row) => row.type === 'Epic').map((row) => ({ row, synthetic: false }));
  all.forEach(({ row }) => {
    const owned = row.components[0];
    if (owned && !byComponent.has(owned)) byComponent.set(owned, row.key);
  });
  const needed = new Set(rows.filter((row) => row.type !== 'Epic').flatMap((row) => row.components.slice(0, 1)));
  let nextNumber = Math.max(...rows.map((row) => row.number)) + 1;
  componentOrder
    .filter((component) => needed.has(component) && !byComponent.has(component))
    .forEach((component) => {
      const children = rows.filter((row) => row.type !== 'Epic' && row.components[0] === component);
      const key = `${projectKey}-${nextNumber}`;
      const createdMs = Math.min(...children.map((child) => child.createdMs));
      all.push({
        row: { key, number: nextNumber, createdMs, points: undefined, summary: `${component} epic`, type: 'Epic', components: [component] },
        synthetic: true,
      });
      byComponent.set(component, key);
      nextNumber += 1;
    });
  return { byComponent, all };
}

function baseIssue(projectKey: string, row: CsvIssue): SiteIssue {
  return {
    id: String(10000 + row.number),
    key: row.key,
    projectKey,
    issueType: row.type,
    summary: row.summary,
    status: { name: 'To Do', category: 'new' },
    sprintIds: [],
    estimates: row.points === undefined ? {} : { [DEMO_FIELDS.storyPointEstimate]: row.points },
    components: row.components,
    created: new Date(row.createdMs).toISOString(),
    properties: {},
  };
}

function workIssue(projectKey: string, row: CsvIssue, plan: SprintPlan, epicByComponent: Map<string, string>): SiteIssue {
  const issue = baseIssue(projectKey, row);
  const sprintId = plan.sprintOf.get(row.key);
  const parentKey = row.components[0] && epicByComponent.get(row.components[0]);
  const category = statusCategory(row.key, sprintId, plan);
  issue.status = { name: STATUS[category], category };
  if (parentKey) issue.parentKey = parentKey;
  if (sprintId !== undefined) {
    issue.sprintIds = [sprintId];
    issue.assigneeAccountId = keyHash(row.key) % 2 === 0 ? DEMO_USERS.alex.accountId : DEMO_USERS.sam.accountId;
  }
  return issue;
}

function statusCategory(key: string, sprintId: number | undefined, plan: SprintPlan): StatusCategoryKey {
  if (sprintId === undefined || sprintId === plan.futureSprintId) return 'new';
  if (sprintId !== plan.activeSprintId) return 'done';
  const bucket = keyHash(key) % 10;
  if (bucket <= 3) return 'new';
  return bucket <= 6 ? 'indeterminate' : 'done';
}

function epicIssue(projectKey: string, epic: EpicDraft, work: SiteIssue[]): SiteIssue {
  const issue = baseIssue(projectKey, epic.row);
  if (epic.synthetic) issue.estimates = {};
  const children = work.filter((child) => child.parentKey === epic.row.key);
  const category: StatusCategoryKey =
    children.length > 0 && children.every((child) => child.status.category === 'done')
      ? 'done'
      : children.every((child) => child.status.category === 'new')
        ? 'new'
        : 'indeterminate';
  issue.status = { name: STATUS[category], category };
  return issue;
}

/** FNV-1a, 32 bit: a stable stand-in for randomness. */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}
