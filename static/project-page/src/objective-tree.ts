import type { ObjectiveView } from '../../../src/shared/contract';

export interface ObjectiveNode {
  objective: ObjectiveView;
  children: ObjectiveNode[];
}

/**
 * Nests objectives by `parentObjectiveId`. An objective whose parent is not in the list is a root,
 * and so is any objective caught in a parent loop, so nothing the server sent goes missing.
 */
export function buildObjectiveTree(objectives: readonly ObjectiveView[]): ObjectiveNode[] {
  const ids = new Set(objectives.map((objective) => objective.id));
  const childrenOf = new Map<string, ObjectiveView[]>();
  for (const objective of objectives) {
    const parentId = objective.parentObjectiveId;
    if (parentId === undefined || !ids.has(parentId) || parentId === objective.id) continue;
    childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), objective]);
  }

  const placed = new Set<string>();
  const toNode = (objective: ObjectiveView): ObjectiveNode => {
    placed.add(objective.id);
    const children = (childrenOf.get(objective.id) ?? []).filter((child) => !placed.has(child.id));
    return { objective, children: children.map(toNode) };
  };

  const isRoot = (objective: ObjectiveView): boolean =>
    objective.parentObjectiveId === undefined || !ids.has(objective.parentObjectiveId) || objective.parentObjectiveId === objective.id;
  const roots = objectives.filter(isRoot).map(toNode);
  for (const objective of objectives) {
    if (!placed.has(objective.id)) roots.push(toNode(objective));
  }
  return roots;
}

/** The ids of an objective and everything below it: none of them may become its parent. */
export function descendantIds(objectives: readonly ObjectiveView[], rootId: string): Set<string> {
  const found = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const objective of objectives) {
      const parentId = objective.parentObjectiveId;
      if (parentId !== undefined && found.has(parentId) && !found.has(objective.id)) {
        found.add(objective.id);
        grew = true;
      }
    }
  }
  return found;
}
