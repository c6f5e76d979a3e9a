import { useState } from 'react';
import type { KeyResultView, LedgerEntryView } from '../../../../src/shared/contract';
import { formatNumber } from '../format';
import { UserName } from './avatar';
import { Button } from './button';
import { KeyResultDetails } from './key-result-details';
import { ConfidenceLozenge } from './lozenge';
import { MeasureSummary } from './measure-summary';
import { ProgressBar, progressText } from './progress-bar';

export interface KeyResultActions {
  onCheckIn: (keyResult: KeyResultView) => void;
  onEditKeyResult: (keyResult: KeyResultView) => void;
  onDeleteKeyResult: (keyResult: KeyResultView) => void;
}

interface KeyResultRowProps {
  keyResult: KeyResultView;
  canEdit: boolean;
  movements: LedgerEntryView[];
  actions: KeyResultActions;
}

/** One key result: what it measures, how far it got, how confident its owner is. */
export function KeyResultRow({ keyResult, canEdit, movements, actions }: KeyResultRowProps) {
  const [expanded, setExpanded] = useState(false);
  const { progress } = keyResult;
  return (
    <li className="okr-kr" data-testid={`key-result-${keyResult.id}`}>
      <div className="okr-kr__row">
        <button
          type="button"
          className="okr-toggle"
          aria-expanded={expanded}
          aria-label={`${expanded ? 'Hide' : 'Show'} details of ${keyResult.title}`}
          onClick={() => setExpanded(!expanded)}
        >
          <span className={`okr-chevron${expanded ? ' okr-chevron--open' : ''}`} aria-hidden="true" />
        </button>
        <div className="okr-kr__main">
          <span className="okr-kr__title">{keyResult.title}</span>
          <span className="okr-kr__meta">
            <MeasureSummary keyResult={keyResult} />
            {keyResult.weight !== 1 && <span className="okr-muted">{`Weight ${formatNumber(keyResult.weight)}`}</span>}
          </span>
        </div>
        <div className="okr-kr__owner">
          <UserName user={keyResult.owner} />
        </div>
        <div className="okr-kr__progress">
          <ProgressBar percent={progress.percent} done={progress.done} label={`Progress of ${keyResult.title}`} testId={`kr-progress-${keyResult.id}`}>
            {progressText(progress.percent, progress.rawPercent)}
          </ProgressBar>
        </div>
        <div className="okr-kr__confidence">
          <ConfidenceLozenge confidence={keyResult.confidence} testId={`kr-confidence-${keyResult.id}`} />
        </div>
        <div className="okr-kr__actions">
          {canEdit && (
            <>
              <Button appearance="default" onClick={() => actions.onCheckIn(keyResult)}>
                Check in
              </Button>
              <Button appearance="subtle" aria-label={`Edit key result ${keyResult.title}`} onClick={() => actions.onEditKeyResult(keyResult)}>
                Edit
              </Button>
              <Button appearance="subtle" aria-label={`Delete key result ${keyResult.title}`} onClick={() => actions.onDeleteKeyResult(keyResult)}>
                Delete
              </Button>
            </>
          )}
        </div>
      </div>
      {expanded && <KeyResultDetails keyResult={keyResult} movements={movements} />}
    </li>
  );
}
