import { route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { permissionsSchema, userPageSchema } from '../../src/adapters/jira/jira-schemas';
import { listValuesByPrefix } from '../../src/adapters/storage/kvs-port';
import { storageKeys } from '../../src/adapters/storage/storage-keys';
import { toWorkIssue } from '../../src/adapters/jira/work-issue-mapper';
import type { CheckIn } from '../../src/domain/check-in';
import { cycleContaining } from '../../src/domain/cycle';
import type { KeyResult } from '../../src/domain/key-result';
import type { Objective } from '../../src/domain/objective';
import { rollUpWork } from '../../src/domain/work-rollup';
import type { ObjectiveView, UserView } from '../../src/shared/contract';
import { objectiveView } from '../../src/use-cases/views/okr-views';
import { NaiveJira } from './naive-jira';

export interface WorkTotals {
  totalIssues: number;
  doneIssues: number;
  totalStoryPoints: number;
  doneStoryPoints: number;
}

/**
 * The project page done naively: the same OKR tree from storage plus one check-in history read
 * per key result, and every linked issue (and child of a linked epic) read with its own GET. Returns each
 * issue-driven key result's totals, to check it agrees with the app.
 */
export async function naiveProjectPage(projectKey: string, now: Date): Promise<Map<string, WorkTotals>> {
  const jira = new NaiveJira();
  await jira.client.get(route`/rest/api/3/mypermissions?projectKey=${projectKey}&permissions=BROWSE_PROJECTS,EDIT_ISSUES`, permissionsSchema);
  const cycle = cycleContaining(now);
  const objectives = (await listValuesByPrefix<Objective>(kvs, storageKeys.objectivePrefix)).filter(
    (objective) => objective.projectKeys.includes(projectKey) && objective.cycle.label === cycle.label,
  );
  const shown = new Set(objectives.map((objective) => objective.id));
  const keyResults = (await listValuesByPrefix<KeyResult>(kvs, storageKeys.keyResultPrefix)).filter((keyResult) => shown.has(keyResult.objectiveId));
  // The naive part: each key result's check-in history read on its own.
  for (const keyResult of keyResults) await listValuesByPrefix<CheckIn>(kvs, storageKeys.checkInPrefix(keyResult.id));

  const fieldId = await jira.useBoardEstimation(projectKey);
  const driven = keyResults.filter((keyResult) => keyResult.measure.kind !== 'metric').map((keyResult) => keyResult.id);
  const issues = await jira.linkedWork(driven);
  const lookup = { storyPointFieldIds: fieldId ? [fieldId] : [], fieldOfProject: () => fieldId };
  const work = rollUpWork(issues.map((issue) => toWorkIssue(issue, lookup)));
  const users = await usersOf(jira, [...objectives.map((objective) => objective.ownerAccountId), ...keyResults.flatMap((kr) => kr.ownerAccountId ?? [])]);
  const views: ObjectiveView[] = objectives.map((objective) =>
    objectiveView(
      objective,
      keyResults.filter((keyResult) => keyResult.objectiveId === objective.id),
      { work, users },
    ),
  );
  return totalsOf(views);
}

async function usersOf(jira: NaiveJira, accountIds: readonly string[]): Promise<Map<string, UserView>> {
  const query = new URLSearchParams([['maxResults', '100'], ...[...new Set(accountIds)].slice(0, 100).map((id) => ['accountId', id])]);
  const page = await jira.client.get(route`/rest/api/3/user/bulk?${query}`, userPageSchema);
  return new Map(page.values.map((user) => [user.accountId, { accountId: user.accountId, displayName: user.displayName ?? user.accountId }]));
}

export function totalsOf(objectives: readonly ObjectiveView[]): Map<string, WorkTotals> {
  const totals = new Map<string, WorkTotals>();
  for (const keyResult of objectives.flatMap((objective) => objective.keyResults)) {
    if (!keyResult.work) continue;
    const { totalIssues, doneIssues, totalStoryPoints, doneStoryPoints } = keyResult.work;
    totals.set(keyResult.id, { totalIssues, doneIssues, totalStoryPoints, doneStoryPoints });
  }
  return totals;
}
