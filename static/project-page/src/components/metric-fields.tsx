import type { KeyResultDraft, MetricFieldName } from '../key-result-draft';
import { Field } from './field';

interface MetricFieldsProps {
  draft: Pick<KeyResultDraft, MetricFieldName>;
  /** When editing, the baseline and current value are shown but not changed: values move by check-in. */
  editing: boolean;
  error: (...names: string[]) => string | undefined;
  onChange: (name: MetricFieldName, value: string) => void;
}

const fields: { name: MetricFieldName; label: string; requiredOnCreate: boolean; fixedOnEdit: boolean }[] = [
  { name: 'baseline', label: 'Baseline', requiredOnCreate: true, fixedOnEdit: true },
  { name: 'target', label: 'Target', requiredOnCreate: true, fixedOnEdit: false },
  { name: 'current', label: 'Current', requiredOnCreate: false, fixedOnEdit: true },
  { name: 'unit', label: 'Unit', requiredOnCreate: false, fixedOnEdit: false },
];

/** Baseline, target, current value and unit of a metric key result, side by side. */
export function MetricFields({ draft, editing, error, onChange }: MetricFieldsProps) {
  return (
    <div className="okr-form__row okr-form__row--four">
      {fields.map(({ name, label, requiredOnCreate, fixedOnEdit }) => {
        const readOnly = editing && fixedOnEdit;
        return (
          <Field
            key={name}
            id={`kr-${name}`}
            label={label}
            required={requiredOnCreate && !readOnly}
            error={error(`measure.${name}`, name)}
            hint={readOnly && name === 'current' ? 'Changes through check-ins.' : undefined}
          >
            <input
              id={`kr-${name}`}
              className="okr-input"
              inputMode={name === 'unit' ? 'text' : 'decimal'}
              readOnly={readOnly}
              value={draft[name]}
              onChange={(event) => onChange(name, event.target.value)}
            />
          </Field>
        );
      })}
    </div>
  );
}
