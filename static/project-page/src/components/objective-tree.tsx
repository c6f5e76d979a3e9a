import { useMemo } from 'react';
import type { ObjectiveView, SprintMovementView } from '../../../../src/shared/contract';
import { movementsByKeyResult } from '../ledger';
import { buildObjectiveTree } from '../objective-tree';
import { ObjectiveItem, type ObjectiveActions } from './objective-item';

interface ObjectiveTreeProps {
  objectives: ObjectiveView[];
  sprints: SprintMovementView[];
  canEdit: boolean;
  actions: ObjectiveActions;
}

/** The project's objectives nested under their parents. */
export function ObjectiveTree({ objectives, sprints, canEdit, actions }: ObjectiveTreeProps) {
  const roots = useMemo(() => buildObjectiveTree(objectives), [objectives]);
  const movements = useMemo(() => movementsByKeyResult(sprints), [sprints]);
  return (
    <ul className="okr-objective-list" aria-label="Objectives">
      {roots.map((node) => (
        <ObjectiveItem key={node.objective.id} node={node} canEdit={canEdit} movementsByKeyResult={movements} actions={actions} />
      ))}
    </ul>
  );
}
