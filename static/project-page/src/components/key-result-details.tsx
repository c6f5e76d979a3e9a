import type { CheckInView, KeyResultView, LedgerEntryView } from '../../../../src/shared/contract';
import { formatDate, formatNumber, formatPercent, withUnit } from '../format';
import { movementText } from '../ledger';
import { UserName } from './avatar';
import { Delta } from './delta';
import { ConfidenceLozenge } from './lozenge';
import { SupportingIssues } from './supporting-issues';

interface KeyResultDetailsProps {
  keyResult: KeyResultView;
  movements: LedgerEntryView[];
}

/** The expanded part of a key result: check-ins, the issues behind it, and sprint by sprint moves. */
export function KeyResultDetails({ keyResult, movements }: KeyResultDetailsProps) {
  const checkIns = [...keyResult.checkIns].sort((a, b) => b.atIso.localeCompare(a.atIso));
  return (
    <div className="okr-details" data-testid={`kr-details-${keyResult.id}`}>
      <section className="okr-details__section">
        <h4 className="okr-details__heading">Check-ins</h4>
        {checkIns.length === 0 ? (
          <p className="okr-muted">No check-ins yet.</p>
        ) : (
          <ol className="okr-timeline">
            {checkIns.map((checkIn) => (
              <CheckInItem key={checkIn.id} checkIn={checkIn} unit={keyResult.metric?.unit ?? ''} />
            ))}
          </ol>
        )}
      </section>
      {(keyResult.kind !== 'metric' || keyResult.issues.length > 0) && (
        <section className="okr-details__section okr-details__section--issues">
          <h4 className="okr-details__heading">Supporting issues</h4>
          <SupportingIssues issues={keyResult.issues} keyResultTitle={keyResult.title} />
        </section>
      )}
      <section className="okr-details__section">
        <h4 className="okr-details__heading">Sprint movements</h4>
        {movements.length === 0 ? (
          <p className="okr-muted">No closed sprint has moved this key result.</p>
        ) : (
          <ul className="okr-movement-list">
            {movements.map((entry) => (
              <li key={entry.sprintId} className="okr-movement">
                <span className="okr-movement__sprint">{entry.sprintName}</span>
                <span>{movementText(entry)}</span>
                <Delta value={entry.delta} progressChange={entry.progressAfterPercent - entry.progressBeforePercent} />
                <span className="okr-muted">{`${formatPercent(entry.progressBeforePercent)} → ${formatPercent(entry.progressAfterPercent)}`}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function CheckInItem({ checkIn, unit }: { checkIn: CheckInView; unit: string }) {
  const change =
    checkIn.value === undefined
      ? undefined
      : checkIn.previousValue === undefined
        ? withUnit(formatNumber(checkIn.value), unit)
        : withUnit(`${formatNumber(checkIn.previousValue)} → ${formatNumber(checkIn.value)}`, unit);
  return (
    <li className="okr-timeline__item">
      <div className="okr-timeline__meta">
        <UserName user={checkIn.by} />
        <span className="okr-muted">{formatDate(checkIn.atIso)}</span>
        <ConfidenceLozenge confidence={checkIn.confidence} />
        {change && <span className="okr-timeline__value">{change}</span>}
      </div>
      {checkIn.note && <p className="okr-timeline__note">{checkIn.note}</p>}
    </li>
  );
}
