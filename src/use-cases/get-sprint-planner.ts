import { epicLinksOf, supportOf, type WorkIssue } from '../domain/work-rollup';
import { roundTo } from '../domain/progress';
import type { PlannedIssueView, PlannerKeyResultView, SprintPlannerView } from '../shared/contract';
import type { AppDeps } from './app-deps';
import { requireProjectAccess } from './authorize';
import { loadOkrTree } from './okr-tree';
import type { ScopedWork } from './ports/jira-work';
import { keyResultView } from './views/okr-views';
import { storedSources } from './views/stored-views';

export type PlannerScope = { kind: 'sprint'; sprintId: string; boardId: string } | { kind: 'backlog'; boardId: string };

/** The sprint planner's OKR view: which planned work moves which key result, and what supports none. */
export async function getSprintPlanner(deps: AppDeps, projectKey: string, scope: PlannerScope): Promise<SprintPlannerView> {
  await requireProjectAccess(deps.jira, projectKey, 'browse');
  const [work, sprint, tree] = await Promise.all([
    scope.kind === 'sprint' ? deps.jira.listSprintWork(scope.sprintId, scope.boardId) : deps.jira.listBacklogWork(scope.boardId),
    scope.kind === 'sprint' ? deps.jira.getSprint(scope.sprintId) : undefined,
    loadOkrTree(deps.okrs),
  ]);
  const planned = work.issues.filter((issue) => !issue.isEpic);
  const byKeyResult = supportByKeyResult(planned, work, (krId) => tree.keyResults.has(krId));
  const keyResults = [...byKeyResult.keys()].flatMap((id) => tree.keyResults.get(id) ?? []);
  const sources = await storedSources(deps, keyResults, 'none');
  const views: PlannerKeyResultView[] = keyResults.map((keyResult) => {
    const issues = byKeyResult.get(keyResult.id) ?? [];
    return {
      keyResult: keyResultView(keyResult, sources),
      objectiveTitle: tree.objectives.get(keyResult.objectiveId)?.title ?? '',
      issues,
      plannedStoryPoints: sumPoints(issues),
    };
  });
  const aligned = new Set(views.flatMap((view) => view.issues.map((issue) => issue.key)));
  const unaligned = planned.filter((issue) => !aligned.has(issue.key)).map(plannedIssue);
  return {
    scope: sprint ? { kind: 'sprint', sprintId: sprint.id, sprintName: sprint.name, state: sprint.state } : { kind: 'backlog' },
    keyResults: views.sort((a, b) => b.plannedStoryPoints - a.plannedStoryPoints || a.keyResult.title.localeCompare(b.keyResult.title)),
    unaligned,
    totals: {
      issues: planned.length,
      alignedIssues: aligned.size,
      storyPoints: sumPoints(planned.map(plannedIssue)),
      alignedStoryPoints: sumPoints(planned.filter((issue) => aligned.has(issue.key)).map(plannedIssue)),
      unestimatedIssues: planned.filter((issue) => issue.storyPoints === undefined).length,
    },
  };
}

type PlannedSupport = PlannerKeyResultView['issues'][number];

function supportByKeyResult(planned: readonly WorkIssue[], work: ScopedWork, known: (krId: string) => boolean): Map<string, PlannedSupport[]> {
  const epicLinks = epicLinksOf([...work.issues, ...work.parents]);
  const byKeyResult = new Map<string, PlannedSupport[]>();
  for (const issue of planned) {
    for (const [krId, how] of supportOf(issue, epicLinks)) {
      if (!known(krId)) continue;
      const entry: PlannedSupport = { ...plannedIssue(issue), via: how.via, ...(how.epicKey ? { epicKey: how.epicKey } : {}) };
      byKeyResult.set(krId, [...(byKeyResult.get(krId) ?? []), entry]);
    }
  }
  return byKeyResult;
}

function plannedIssue(issue: WorkIssue): PlannedIssueView {
  return {
    key: issue.key,
    summary: issue.summary,
    issueType: issue.issueType,
    statusCategory: issue.statusCategory,
    ...(issue.storyPoints === undefined ? {} : { storyPoints: issue.storyPoints }),
  };
}

function sumPoints(issues: readonly { storyPoints?: number }[]): number {
  return roundTo(
    issues.reduce((sum, issue) => sum + (issue.storyPoints ?? 0), 0),
    4,
  );
}
