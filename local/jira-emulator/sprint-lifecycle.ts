import { z } from 'zod';
import { badRequest } from './http-types';
import type { SiteSprint, SprintState } from './site-data';

/** The writable fields of a sprint, as POST (partial) and PUT (full) /rest/agile/1.0/sprint/{id} accept them. */
export const sprintUpdateBody = z.strictObject({
  id: z.number().int().optional(),
  self: z.string().optional(),
  name: z.string().optional(),
  state: z.string().optional(),
  goal: z.string().optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  completeDate: z.string().optional(),
  createdDate: z.string().optional(),
  originBoardId: z.number().int().optional(),
});

export type SprintUpdate = z.infer<typeof sprintUpdateBody>;

export type SprintTransition = 'started' | 'closed' | undefined;

/** future -> active -> closed is the only way through; staying in the same state is not a transition. */
const ALLOWED: Record<SprintState, SprintState[]> = { future: ['future', 'active'], active: ['active', 'closed'], closed: ['closed'] };

/**
 * Applies a sprint update the way Jira does. A full update (PUT) replaces the sprint: absent optional
 * fields are cleared. Starting needs both dates; closing stamps completeDate with the current time.
 */
export function applySprintUpdate(
  current: SiteSprint,
  update: SprintUpdate,
  mode: 'partial' | 'full',
  now: Date,
): { next: SiteSprint; transition: SprintTransition } {
  if (mode === 'full' && (update.name === undefined || update.state === undefined)) {
    throw badRequest('A full sprint update needs a name and a state.');
  }
  const state = parseState(update.state ?? current.state);
  if (!ALLOWED[current.state].includes(state)) {
    throw badRequest(`A sprint in state '${current.state}' cannot be moved to state '${state}'.`);
  }
  const base: SiteSprint = mode === 'full' ? { id: current.id, boardId: current.boardId, name: current.name, state: current.state } : current;
  const next: SiteSprint = withDefined({
    ...base,
    name: update.name ?? current.name,
    goal: update.goal ?? base.goal,
    startDate: isoDate(update.startDate, 'startDate') ?? base.startDate,
    endDate: isoDate(update.endDate, 'endDate') ?? base.endDate,
    completeDate: current.completeDate,
    state,
  });
  checkDates(next);
  const transition = transitionOf(current.state, state);
  if (transition === 'closed') next.completeDate = now.toISOString();
  return { next, transition };
}

function parseState(state: string): SprintState {
  const lower = state.toLowerCase();
  if (lower === 'future' || lower === 'active' || lower === 'closed') return lower;
  throw badRequest(`'${state}' is not a valid sprint state. Valid states are future, active and closed.`);
}

function transitionOf(from: SprintState, to: SprintState): SprintTransition {
  if (from === 'future' && to === 'active') return 'started';
  if (from === 'active' && to === 'closed') return 'closed';
  return undefined;
}

function checkDates(sprint: SiteSprint): void {
  if (sprint.state !== 'future' && (!sprint.startDate || !sprint.endDate)) {
    throw badRequest('A sprint needs a start date and an end date before it can be started.');
  }
  if (sprint.startDate && sprint.endDate && Date.parse(sprint.endDate) < Date.parse(sprint.startDate)) {
    throw badRequest('The sprint end date must be after its start date.');
  }
}

/** Dates are stored as ISO-8601 in UTC, which is how Jira Cloud answers them. */
export function isoDate(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw badRequest(`The ${field} '${value}' is not a valid ISO-8601 date.`);
  return new Date(ms).toISOString();
}

function withDefined(sprint: SiteSprint): SiteSprint {
  return Object.fromEntries(Object.entries(sprint).filter(([, value]) => value !== undefined)) as unknown as SiteSprint;
}
