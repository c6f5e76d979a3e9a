import { useMemo } from 'react';
import type { LedgerEntryView, ObjectiveView, SprintMovementView } from '../../../../src/shared/contract';
import { formatDate, formatPercent } from '../format';
import { keyResultTitles, movedIssuesText, movementText, newestSprintsFirst } from '../ledger';
import { Delta } from './delta';

interface SprintLedgerProps {
  sprints: SprintMovementView[];
  objectives: ObjectiveView[];
}

/** How each closed sprint moved each key result, newest sprint first. */
export function SprintLedger({ sprints, objectives }: SprintLedgerProps) {
  const ordered = useMemo(() => newestSprintsFirst(sprints), [sprints]);
  const titles = useMemo(() => keyResultTitles(objectives), [objectives]);
  return (
    <section className="okr-section" aria-labelledby="okr-sprints-heading">
      <h2 id="okr-sprints-heading" className="okr-section__title">
        Sprints
      </h2>
      {ordered.length === 0 ? (
        <p className="okr-muted">No closed sprint in this cycle has moved a key result yet.</p>
      ) : (
        ordered.map((sprint) => (
          <div key={sprint.sprintId} className="okr-sprint">
            <h3 className="okr-sprint__title">
              {sprint.sprintName}
              <span className="okr-muted okr-sprint__date">{`Closed ${formatDate(sprint.completeDateIso)}`}</span>
            </h3>
            {sprint.entries.length === 0 ? <p className="okr-muted">This sprint moved no key result.</p> : <LedgerTable sprint={sprint} titles={titles} />}
          </div>
        ))
      )}
    </section>
  );
}

function LedgerTable({ sprint, titles }: { sprint: SprintMovementView; titles: ReadonlyMap<string, string> }) {
  return (
    <table className="okr-table" data-testid={`sprint-${sprint.sprintId}`}>
      <thead>
        <tr>
          <th scope="col">Key result</th>
          <th scope="col">Before → after</th>
          <th scope="col" className="okr-table__number">
            Change
          </th>
          <th scope="col">Progress</th>
          <th scope="col">Issues moved</th>
        </tr>
      </thead>
      <tbody>
        {sprint.entries.map((entry) => (
          <LedgerRow key={entry.keyResultId} entry={entry} title={titles.get(entry.keyResultId) ?? 'Deleted key result'} />
        ))}
      </tbody>
    </table>
  );
}

function LedgerRow({ entry, title }: { entry: LedgerEntryView; title: string }) {
  return (
    <tr data-testid={`ledger-${entry.sprintId}-${entry.keyResultId}`}>
      <td className="okr-table__title">{title}</td>
      <td data-testid={`ledger-values-${entry.sprintId}-${entry.keyResultId}`}>{movementText(entry)}</td>
      <td className="okr-table__number">
        <Delta
          value={entry.delta}
          progressChange={entry.progressAfterPercent - entry.progressBeforePercent}
          testId={`ledger-delta-${entry.sprintId}-${entry.keyResultId}`}
        />
      </td>
      <td>{`${formatPercent(entry.progressBeforePercent)} → ${formatPercent(entry.progressAfterPercent)}`}</td>
      <td title={entry.movedIssues.map((issue) => issue.key).join(', ')}>{movedIssuesText(entry)}</td>
    </tr>
  );
}
