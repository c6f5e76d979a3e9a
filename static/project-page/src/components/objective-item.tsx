import { useState } from 'react';
import type { LedgerEntryView, ObjectiveView } from '../../../../src/shared/contract';
import { formatOptionalPercent } from '../format';
import type { ObjectiveNode } from '../objective-tree';
import { UserName } from './avatar';
import { Button } from './button';
import { KeyResultRow, type KeyResultActions } from './key-result-row';
import { LevelLozenge } from './lozenge';
import { ProgressBar } from './progress-bar';

export interface ObjectiveActions extends KeyResultActions {
  onEditObjective: (objective: ObjectiveView) => void;
  onDeleteObjective: (objective: ObjectiveView) => void;
  onAddKeyResult: (objective: ObjectiveView) => void;
}

interface ObjectiveItemProps {
  node: ObjectiveNode;
  canEdit: boolean;
  movementsByKeyResult: ReadonlyMap<string, LedgerEntryView[]>;
  actions: ObjectiveActions;
}

/** An objective with its key results, then its child objectives nested one level in. */
export function ObjectiveItem({ node, canEdit, movementsByKeyResult, actions }: ObjectiveItemProps) {
  const { objective, children } = node;
  const [expanded, setExpanded] = useState(true);
  return (
    <li className="okr-objective" data-testid={`objective-${objective.id}`}>
      <div className="okr-objective__card">
        <div className="okr-objective__row">
          <button
            type="button"
            className="okr-toggle"
            aria-expanded={expanded}
            aria-label={`${expanded ? 'Collapse' : 'Expand'} ${objective.title}`}
            onClick={() => setExpanded(!expanded)}
          >
            <span className={`okr-chevron${expanded ? ' okr-chevron--open' : ''}`} aria-hidden="true" />
          </button>
          <div className="okr-objective__main">
            <div className="okr-objective__title-line">
              <LevelLozenge level={objective.level} />
              <h3 className="okr-objective__title">{objective.title}</h3>
            </div>
            <div className="okr-objective__meta">
              <UserName user={objective.owner} />
              <span className="okr-muted">{objective.cycle.label}</span>
              {objective.projectKeys.length > 1 && <span className="okr-muted">{objective.projectKeys.join(', ')}</span>}
            </div>
          </div>
          <div className="okr-objective__progress">
            <ProgressBar
              percent={objective.progressPercent}
              done={objective.progressPercent !== null && objective.progressPercent >= 100}
              label={`Progress of ${objective.title}`}
              testId={`objective-progress-${objective.id}`}
            >
              {formatOptionalPercent(objective.progressPercent)}
            </ProgressBar>
          </div>
          {canEdit && (
            <div className="okr-objective__actions">
              <Button appearance="subtle" onClick={() => actions.onAddKeyResult(objective)}>
                Add key result
              </Button>
              <Button appearance="subtle" aria-label={`Edit objective ${objective.title}`} onClick={() => actions.onEditObjective(objective)}>
                Edit
              </Button>
              <Button appearance="subtle" aria-label={`Delete objective ${objective.title}`} onClick={() => actions.onDeleteObjective(objective)}>
                Delete
              </Button>
            </div>
          )}
        </div>
        {expanded && objective.description && <p className="okr-objective__description">{objective.description}</p>}
        {expanded &&
          (objective.keyResults.length === 0 ? (
            <p className="okr-objective__empty okr-muted">{emptyText(children.length, canEdit)}</p>
          ) : (
            <ul className="okr-kr-list" aria-label={`Key results of ${objective.title}`}>
              {objective.keyResults.map((keyResult) => (
                <KeyResultRow
                  key={keyResult.id}
                  keyResult={keyResult}
                  canEdit={canEdit}
                  movements={movementsByKeyResult.get(keyResult.id) ?? []}
                  actions={actions}
                />
              ))}
            </ul>
          ))}
      </div>
      {expanded && children.length > 0 && (
        <ul className="okr-objective-list okr-objective-list--nested" aria-label={`Objectives under ${objective.title}`}>
          {children.map((child) => (
            <ObjectiveItem key={child.objective.id} node={child} canEdit={canEdit} movementsByKeyResult={movementsByKeyResult} actions={actions} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** An objective without key results of its own is often measured through the objectives under it. */
function emptyText(childCount: number, canEdit: boolean): string {
  if (childCount > 0) {
    const under = childCount === 1 ? 'The objective under it carries' : `The ${childCount} objectives under it carry`;
    return `No key results of its own: its progress shows once it has some. ${under} the measurable work.`;
  }
  return `No key results yet${canEdit ? ': add one to measure this objective.' : '.'}`;
}
