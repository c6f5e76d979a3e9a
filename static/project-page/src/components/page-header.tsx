import type { CycleView } from '../../../../src/shared/contract';
import { formatDate } from '../format';
import { Button } from './button';

interface PageHeaderProps {
  projectKey: string;
  cycle: CycleView;
  cycles: CycleView[];
  canEdit: boolean;
  refreshing: boolean;
  onCycleChange: (label: string) => void;
  onNewObjective: () => void;
}

/** Title, the cycle picker and the main action. */
export function PageHeader({ projectKey, cycle, cycles, canEdit, refreshing, onCycleChange, onNewObjective }: PageHeaderProps) {
  const options = cycles.some((option) => option.label === cycle.label) ? cycles : [cycle, ...cycles];
  return (
    <header className="okr-header">
      <div className="okr-header__titles">
        <div className="okr-header__eyebrow">{projectKey}</div>
        <h1 className="okr-header__title">Objectives and key results</h1>
      </div>
      <div className="okr-header__controls">
        {refreshing && <span className="okr-spinner okr-spinner--small" role="status" aria-label="Refreshing" />}
        <label className="okr-header__cycle">
          <span className="okr-header__cycle-label">Cycle</span>
          <select
            className="okr-input okr-input--compact"
            aria-label="Cycle"
            value={cycle.label}
            disabled={refreshing}
            onChange={(event) => onCycleChange(event.target.value)}
          >
            {options.map((option) => (
              <option key={option.label} value={option.label}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <span className="okr-muted okr-header__dates">{`${formatDate(cycle.startDate)} – ${formatDate(cycle.endDate)}`}</span>
        {canEdit && (
          <Button appearance="primary" onClick={onNewObjective}>
            New objective
          </Button>
        )}
      </div>
    </header>
  );
}
