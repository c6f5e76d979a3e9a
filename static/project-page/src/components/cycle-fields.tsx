import type { CycleInput } from '../../../../src/shared/contract';
import { Field, findFieldError } from './field';

interface CycleFieldsProps {
  cycle: CycleInput;
  presets: CycleInput[];
  onChange: (cycle: CycleInput) => void;
  fieldErrors: Record<string, string>;
}

/** Cycle label and dates, with one-click calendar quarters. */
export function CycleFields({ cycle, presets, onChange, fieldErrors }: CycleFieldsProps) {
  const cycleError = fieldErrors['cycle'];
  return (
    <fieldset className="okr-fieldset">
      <legend className="okr-field__label">Cycle</legend>
      <div className="okr-presets" role="group" aria-label="Quarter presets">
        {presets.map((preset) => {
          const selected = preset.label === cycle.label && preset.startDate === cycle.startDate && preset.endDate === cycle.endDate;
          return (
            <button
              key={preset.label}
              type="button"
              className={`okr-chip${selected ? ' okr-chip--selected' : ''}`}
              aria-pressed={selected}
              onClick={() => onChange(preset)}
            >
              {preset.label}
            </button>
          );
        })}
      </div>
      {cycleError && (
        <div className="okr-field__error" role="alert">
          {cycleError}
        </div>
      )}
      <div className="okr-form__row okr-form__row--three">
        <Field id="cycle-label" label="Label" error={findFieldError(fieldErrors, 'cycle.label')}>
          <input id="cycle-label" className="okr-input" value={cycle.label} onChange={(event) => onChange({ ...cycle, label: event.target.value })} />
        </Field>
        <Field id="cycle-start" label="Starts" error={findFieldError(fieldErrors, 'cycle.startDate', 'startDate')}>
          <input
            id="cycle-start"
            type="date"
            className="okr-input"
            value={cycle.startDate}
            onChange={(event) => onChange({ ...cycle, startDate: event.target.value })}
          />
        </Field>
        <Field id="cycle-end" label="Ends" error={findFieldError(fieldErrors, 'cycle.endDate', 'endDate')}>
          <input
            id="cycle-end"
            type="date"
            className="okr-input"
            value={cycle.endDate}
            onChange={(event) => onChange({ ...cycle, endDate: event.target.value })}
          />
        </Field>
      </div>
    </fieldset>
  );
}
