import { useState } from 'react';
import type { Confidence, KeyResultView, ResolverContract } from '../../../../src/shared/contract';
import { formatNumber, parseNumber, withUnit } from '../format';
import { useSubmit } from '../use-submit';
import { Field, findFieldError } from './field';
import { FormLayout } from './form-layout';
import { confidenceLabel } from './lozenge';

type CheckInInput = ResolverContract['checkIn']['input'];

interface CheckInFormProps {
  keyResult: KeyResultView;
  onSubmit: (input: CheckInInput) => Promise<void>;
  onCancel: () => void;
}

const confidences: Confidence[] = ['on-track', 'at-risk', 'off-track'];

/** Records where a key result stands: a new value for metrics, always a confidence and a note. */
export function CheckInForm({ keyResult, onSubmit, onCancel }: CheckInFormProps) {
  const metric = keyResult.metric;
  const [value, setValue] = useState(metric ? String(metric.current) : '');
  const [confidence, setConfidence] = useState<Confidence>(keyResult.confidence);
  const [note, setNote] = useState('');
  const { saving, message, fieldErrors, submit, reject } = useSubmit(onSubmit);

  const save = () => {
    const input: CheckInInput = { keyResultId: keyResult.id, confidence };
    if (metric) {
      const parsed = parseNumber(value);
      if (parsed === undefined) {
        reject('Check the highlighted fields.', { value: 'Enter a number.' });
        return;
      }
      input.value = parsed;
    }
    if (note.trim() !== '') input.note = note.trim();
    void submit(input);
  };

  return (
    <FormLayout onSubmit={save} onCancel={onCancel} submitLabel="Check in" saving={saving} message={message}>
      <p className="okr-muted okr-form__context">{keyResult.title}</p>
      {metric && (
        <Field
          id="check-in-value"
          label={withUnit('New value', metric.unit ? `(${metric.unit})` : '')}
          required
          error={findFieldError(fieldErrors, 'value')}
          hint={`Target ${withUnit(formatNumber(metric.target), metric.unit)}, was ${formatNumber(metric.current)}.`}
        >
          <input id="check-in-value" className="okr-input" inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} />
        </Field>
      )}
      <fieldset className="okr-fieldset">
        <legend className="okr-field__label">Confidence</legend>
        <div className="okr-segmented" role="radiogroup" aria-label="Confidence">
          {confidences.map((option) => (
            <label key={option} className={`okr-segmented__option okr-segmented__option--${option}${option === confidence ? ' is-selected' : ''}`}>
              <input type="radio" name="confidence" value={option} checked={option === confidence} onChange={() => setConfidence(option)} />
              {confidenceLabel(option)}
            </label>
          ))}
        </div>
        {findFieldError(fieldErrors, 'confidence') && (
          <div className="okr-field__error" role="alert">
            {findFieldError(fieldErrors, 'confidence')}
          </div>
        )}
      </fieldset>
      <Field id="check-in-note" label="Note" error={findFieldError(fieldErrors, 'note')}>
        <textarea
          id="check-in-note"
          className="okr-input okr-textarea"
          rows={3}
          value={note}
          placeholder="What changed, what is in the way?"
          onChange={(event) => setNote(event.target.value)}
        />
      </Field>
    </FormLayout>
  );
}
