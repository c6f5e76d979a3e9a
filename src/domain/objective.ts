import { type Cycle, assertValidCycle } from './cycle';
import { DomainError } from './domain-error';

export const OBJECTIVE_LEVELS = ['company', 'department', 'team', 'individual'] as const;
export type ObjectiveLevel = (typeof OBJECTIVE_LEVELS)[number];

/** A qualitative goal for a cycle, owned by someone, possibly under a parent objective. */
export interface Objective {
  id: string;
  title: string;
  description: string;
  ownerAccountId: string;
  level: ObjectiveLevel;
  parentObjectiveId?: string;
  cycle: Cycle;
  projectKeys: string[];
  createdAtIso: string;
  updatedAtIso: string;
}

export type ObjectiveDraft = Omit<Objective, 'id' | 'createdAtIso' | 'updatedAtIso'>;

/**
 * Checks the rules a draft must meet before it is stored. `existing` are the stored objectives,
 * used to refuse a parent that does not exist or would make a cycle.
 */
export function assertValidObjective(draft: ObjectiveDraft, id: string | undefined, existing: ReadonlyMap<string, Objective>): void {
  if (draft.title.trim() === '') throw new DomainError('An objective needs a title.', 'title');
  if (draft.projectKeys.length === 0) throw new DomainError('An objective belongs to at least one project.', 'projectKeys');
  assertValidCycle(draft.cycle);
  if (draft.parentObjectiveId !== undefined) assertValidParent(draft.parentObjectiveId, id, existing);
}

function assertValidParent(parentId: string, id: string | undefined, existing: ReadonlyMap<string, Objective>): void {
  const seen = new Set<string>();
  let cursor: string | undefined = parentId;
  while (cursor !== undefined) {
    if (cursor === id) throw new DomainError('An objective cannot be its own ancestor.', 'parentObjectiveId');
    if (seen.has(cursor)) break;
    seen.add(cursor);
    const parent = existing.get(cursor);
    if (parent === undefined) throw new DomainError(`Parent objective ${cursor} does not exist.`, 'parentObjectiveId');
    cursor = parent.parentObjectiveId;
  }
}
