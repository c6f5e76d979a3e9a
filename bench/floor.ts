import { type JiraIssue, searchPageSchema } from '../src/adapters/jira/jira-schemas';
import { toWorkIssue, type IssueFieldLookup } from '../src/adapters/jira/work-issue-mapper';
import type { KeyResult } from '../src/domain/key-result';
import type { Objective } from '../src/domain/objective';
import { rollUpWork } from '../src/domain/work-rollup';
import type { UserView } from '../src/shared/contract';
import { objectiveView } from '../src/use-cases/views/okr-views';
import type { RecordedResponse } from './recording-transport';
import type { FloorFigures } from './results';

/** What the project page shows, to rebuild its views from the recorded Jira answers. */
export interface PageModel {
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  users: ReadonlyMap<string, UserView>;
  estimation: IssueFieldLookup;
}

const MIN_TOTAL_MS = 250;
const MIN_RUNS = 5;
const MAX_RUNS = 60;

/**
 * The floor is JSON.parse of every body the page received: no implementation can do less. The
 * roll-up (the app's mapper, rollUpWork and objectiveView on the page's search results) is timed
 * on already-parsed pages and reported as a multiple of that floor. Medians of repeated runs.
 */
export function measureFloor(responses: readonly RecordedResponse[], model: PageModel): FloorFigures {
  const bodies = responses.map((response) => response.body).filter((body) => body !== '');
  const searchBodies = responses
    .filter((response) => response.path.startsWith('/rest/api/3/search/jql') && response.body !== '')
    .map((response) => JSON.parse(response.body) as unknown);
  const issues: JiraIssue[] = searchBodies.flatMap((body) => searchPageSchema.parse(body).issues);
  const parseMs = medianMs(() => bodies.map((body): unknown => JSON.parse(body)));
  const schemaMs = medianMs(() => searchBodies.forEach((body) => searchPageSchema.parse(body)));
  const byObjective = new Map(model.objectives.map((objective) => [objective.id, model.keyResults.filter((kr) => kr.objectiveId === objective.id)]));
  const rollUpMs = medianMs(() => rollUpAndViews(issues, model, byObjective));
  return {
    responses: bodies.length,
    bodyMb: bodies.reduce((sum, body) => sum + body.length, 0) / (1024 * 1024),
    parseMs,
    schemaMs,
    rollUpMs,
    ratio: parseMs > 0 ? rollUpMs / parseMs : 0,
  };
}

function rollUpAndViews(issues: readonly JiraIssue[], model: PageModel, byObjective: ReadonlyMap<string, readonly KeyResult[]>): unknown {
  const work = rollUpWork(issues.map((issue) => toWorkIssue(issue, model.estimation)));
  const sources = { work, users: model.users };
  return model.objectives.map((objective) => objectiveView(objective, byObjective.get(objective.id) ?? [], sources));
}

/** Median wall time of `fn` after one warm-up run, repeated until the figure is stable enough. */
export function medianMs(fn: () => unknown): number {
  fn();
  const runs: number[] = [];
  let total = 0;
  while (runs.length < MIN_RUNS || (total < MIN_TOTAL_MS && runs.length < MAX_RUNS)) {
    const start = performance.now();
    fn();
    const elapsed = performance.now() - start;
    runs.push(elapsed);
    total += elapsed;
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] ?? 0;
}
