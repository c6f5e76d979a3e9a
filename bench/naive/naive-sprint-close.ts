import { route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { sprintSchema } from '../../src/adapters/jira/jira-schemas';
import { listValuesByPrefix } from '../../src/adapters/storage/kvs-port';
import { storageKeys } from '../../src/adapters/storage/storage-keys';
import { toWorkIssue } from '../../src/adapters/jira/work-issue-mapper';
import type { KeyResult } from '../../src/domain/key-result';
import { asAtClose, doneAtClose, type LedgerEntry, sprintLedger } from '../../src/domain/sprint-ledger';
import { epicLinksOf, rollUpWork, supportOf } from '../../src/domain/work-rollup';
import { NaiveJira } from './naive-jira';

/** Where the naive close writes its entries: apart from the app's own ledger. */
const NAIVE_LEDGER_PREFIX = 'bench-naive-ledger:';

/**
 * Sprint close done naively: the sprint's issue ids, then one GET per sprint issue and per parent
 * epic; the touched key results' linked work one GET per issue; one storage read per touched key
 * result (its last snapshot) and one write per ledger entry. Returns the entries, to check them
 * against the app's.
 */
export async function naiveSprintClose(sprintId: string, projectKey: string, sprintFieldId: string): Promise<LedgerEntry[]> {
  const jira = new NaiveJira();
  const sprint = await jira.client.get(route`/rest/agile/1.0/sprint/${sprintId}`, sprintSchema);
  if (sprint.state !== 'closed' || sprint.completeDate === undefined) throw new Error(`sprint ${sprintId} is not closed`);
  const fieldId = await jira.useBoardEstimation(projectKey);
  jira.alsoRead(sprintFieldId);
  const lookup = { storyPointFieldIds: fieldId ? [fieldId] : [], fieldOfProject: () => fieldId, sprintFieldId };
  const closed = {
    id: String(sprint.id),
    name: sprint.name,
    completeDateIso: sprint.completeDate,
    ...(sprint.startDate ? { startDateIso: sprint.startDate } : {}),
  };

  const inSprint = await jira.getIssues(await jira.listIds(`sprint = ${Number(sprintId)}`));
  const have = new Set(inSprint.map((issue) => issue.key));
  const parentKeys = [...new Set(inSprint.flatMap((issue) => issue.fields?.parent?.key ?? []))].filter((key) => !have.has(key));
  const scoped = [...inSprint, ...(await jira.getIssues(parentKeys))].map((issue) => toWorkIssue(issue, lookup));

  const completed = scoped.slice(0, inSprint.length).filter((issue) => !issue.isEpic && doneAtClose(issue, closed));
  const epicLinks = epicLinksOf(scoped);
  const touched = new Set(completed.flatMap((issue) => [...supportOf(issue, epicLinks).keys()]));
  const keyResults = (await listValuesByPrefix<KeyResult>(kvs, storageKeys.keyResultPrefix)).filter((keyResult) => touched.has(keyResult.id));
  for (const keyResult of keyResults) await kvs.get(storageKeys.workSnapshot(keyResult.id));

  const driven = keyResults.filter((keyResult) => keyResult.measure.kind !== 'metric').map((keyResult) => keyResult.id);
  const scopedKeys = new Set(scoped.map((issue) => issue.key));
  const linked = (await jira.linkedWork(driven)).map((issue) => toWorkIssue(issue, lookup)).filter((issue) => !scopedKeys.has(issue.key));
  const entries = sprintLedger({
    sprint: closed,
    keyResults,
    work: rollUpWork(asAtClose([...scoped, ...linked], closed)),
    completedIssueKeys: new Set(completed.map((issue) => issue.key)),
    metricValueAtStart: (keyResult) => (keyResult.measure.kind === 'metric' ? keyResult.measure.baseline : 0),
  });
  for (const entry of entries) await kvs.set(`${NAIVE_LEDGER_PREFIX}${sprintId}:${entry.keyResultId}`, entry);
  return entries;
}
