import { type Cycle, cycleContaining } from '../domain/cycle';
import type { Objective } from '../domain/objective';
import type { LedgerEntry } from '../domain/sprint-ledger';
import type { ProjectPageView, SprintMovementView } from '../shared/contract';
import type { AppDeps, Caller } from './app-deps';
import { requireProjectAccess } from './authorize';
import { loadOkrTree } from './okr-tree';
import { peopleOf, usersById } from './people';
import { refreshWork } from './refresh-work';
import { objectiveView } from './views/okr-views';

export interface ProjectPageRequest {
  projectKey: string;
  cycleLabel?: string;
}

/** The project page: the OKR tree of a cycle with live progress, check-ins and sprint movements. */
export async function getProjectPage(deps: AppDeps, caller: Caller, request: ProjectPageRequest): Promise<ProjectPageView> {
  const permissions = await requireProjectAccess(deps.jira, request.projectKey, 'browse');
  const tree = await loadOkrTree(deps.okrs);
  const inProject = [...tree.objectives.values()].filter((objective) => objective.projectKeys.includes(request.projectKey));
  const cycles = cyclesOf(
    inProject.map((objective) => objective.cycle),
    deps.clock.now(),
  );
  const cycle = cycles.find((candidate) => candidate.label === request.cycleLabel) ?? cycleContaining(deps.clock.now());
  const objectives = inProject.filter((objective) => objective.cycle.label === cycle.label).sort((a, b) => a.createdAtIso.localeCompare(b.createdAtIso));
  const keyResults = objectives.flatMap((objective) => tree.keyResultsOf(objective.id));

  const [{ work }, entries] = await Promise.all([refreshWork(deps, keyResults), deps.ledger.listEntries(objectives.map((objective) => objective.id))]);
  const users = await usersById(deps, [caller.accountId, ...objectives.map((o) => o.ownerAccountId), ...peopleOf(keyResults)]);
  const sources = { work, users };
  const parentOptions = await parentOptionsFor(deps, [...tree.objectives.values()], request.projectKey, cycle.label);
  const shownKeyResults = new Set(keyResults.map((keyResult) => keyResult.id));

  return {
    projectKey: request.projectKey,
    canEdit: permissions.edit,
    cycles,
    cycle,
    objectives: objectives.map((objective) => objectiveView(objective, tree.keyResultsOf(objective.id), sources)),
    sprints: sprintMovements(entries.filter((entry) => shownKeyResults.has(entry.keyResultId))),
    users: [...users.values()],
    parentOptions,
  };
}

/**
 * Objectives of other projects that may be chosen as parents: only those of projects the caller
 * may browse, since storage holds every project's objectives.
 */
async function parentOptionsFor(deps: AppDeps, all: readonly Objective[], projectKey: string, cycleLabel: string): Promise<ProjectPageView['parentOptions']> {
  const candidates = all.filter((objective) => objective.cycle.label === cycleLabel && !objective.projectKeys.includes(projectKey));
  if (candidates.length === 0) return [];
  const browsable = await deps.jira.filterBrowsableProjects(candidates.flatMap((objective) => objective.projectKeys));
  return candidates
    .filter((objective) => objective.projectKeys.some((key) => browsable.has(key)))
    .map((objective) => ({ id: objective.id, title: objective.title, level: objective.level }));
}

/** Closed sprints, newest first, each with the key results it moved. */
function sprintMovements(entries: readonly LedgerEntry[]): SprintMovementView[] {
  const bySprint = new Map<string, SprintMovementView>();
  for (const entry of entries) {
    const sprint = bySprint.get(entry.sprintId) ?? {
      sprintId: entry.sprintId,
      sprintName: entry.sprintName,
      completeDateIso: entry.completeDateIso,
      entries: [],
    };
    sprint.entries.push(entry);
    bySprint.set(entry.sprintId, sprint);
  }
  return [...bySprint.values()].sort((a, b) => b.completeDateIso.localeCompare(a.completeDateIso));
}

/** The cycles used in the project, plus the current and next quarter so planning can start. */
function cyclesOf(used: readonly Cycle[], now: Date): Cycle[] {
  const current = cycleContaining(now);
  const next = cycleContaining(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 3, 1)));
  const byLabel = new Map<string, Cycle>();
  for (const cycle of [...used, current, next]) byLabel.set(cycle.label, byLabel.get(cycle.label) ?? cycle);
  return [...byLabel.values()].sort((a, b) => a.startDate.localeCompare(b.startDate));
}
