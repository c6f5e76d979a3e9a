import { useState } from 'react';
import type { KeyResultInput, MeasureKind, MeasureInput, ObjectiveView, UserView } from '../../../../src/shared/contract';
import { parseNumber } from '../format';
import { useSubmit } from '../use-submit';
import { Field, findFieldError } from './field';
import { FormLayout } from './form-layout';
import { OwnerSelect } from './owner-select';

interface KeyResultFormProps {
  objective: ObjectiveView;
  users: UserView[];
  onSubmit: (input: KeyResultInput) => Promise<void>;
  onCancel: () => void;
}

const kinds: { kind: MeasureKind; label: string; hint: string }[] = [
  { kind: 'metric', label: 'Metric', hint: 'A number you check in, e.g. conversion rate.' },
  { kind: 'issues', label: 'Issues done', hint: 'Share of linked issues that are done.' },
  { kind: 'storyPoints', label: 'Story points done', hint: 'Share of linked story points that are done.' },
];

/** Adds a key result to an objective; a metric needs its baseline, target and unit. */
export function KeyResultForm({ objective, users, onSubmit, onCancel }: KeyResultFormProps) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<MeasureKind>('metric');
  const [metric, setMetric] = useState({ baseline: '0', target: '', current: '', unit: '' });
  const [weight, setWeight] = useState('1');
  const [ownerId, setOwnerId] = useState('');
  const { saving, message, fieldErrors, submit, reject } = useSubmit(onSubmit);

  const save = () => {
    const problems: Record<string, string> = {};
    if (title.trim() === '') problems['title'] = 'Enter a title.';
    const weightValue = parseNumber(weight);
    if (weightValue === undefined || weightValue < 0) problems['weight'] = 'Enter a weight of 0 or more.';
    const measure = readMeasure(kind, metric, problems);
    if (Object.keys(problems).length > 0 || measure === undefined) {
      reject('Check the highlighted fields.', problems);
      return;
    }
    const input: KeyResultInput = { objectiveId: objective.id, title: title.trim(), measure };
    if (weightValue !== undefined) input.weight = weightValue;
    if (ownerId !== '') input.ownerAccountId = ownerId;
    void submit(input);
  };

  const error = (...names: string[]) => findFieldError(fieldErrors, ...names);
  const metricInput = (name: keyof typeof metric, label: string, required: boolean) => (
    <Field id={`kr-${name}`} label={label} required={required} error={error(`measure.${name}`, name)}>
      <input
        id={`kr-${name}`}
        className="okr-input"
        inputMode={name === 'unit' ? 'text' : 'decimal'}
        value={metric[name]}
        onChange={(event) => setMetric({ ...metric, [name]: event.target.value })}
      />
    </Field>
  );

  return (
    <FormLayout onSubmit={save} onCancel={onCancel} submitLabel="Add key result" saving={saving} message={message}>
      <p className="okr-muted okr-form__context">For “{objective.title}”</p>
      <Field id="kr-title" label="Title" required error={error('title')}>
        <input
          id="kr-title"
          className="okr-input"
          value={title}
          maxLength={255}
          placeholder="e.g. Cut checkout time to 30 s"
          onChange={(event) => setTitle(event.target.value)}
        />
      </Field>
      <Field id="kr-kind" label="Measured by" error={error('measure.kind', 'kind', 'measure')} hint={kinds.find((option) => option.kind === kind)?.hint}>
        <select id="kr-kind" className="okr-input" value={kind} onChange={(event) => setKind(event.target.value as MeasureKind)}>
          {kinds.map((option) => (
            <option key={option.kind} value={option.kind}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      {kind === 'metric' && (
        <div className="okr-form__row okr-form__row--four">
          {metricInput('baseline', 'Baseline', true)}
          {metricInput('target', 'Target', true)}
          {metricInput('current', 'Current', false)}
          {metricInput('unit', 'Unit', false)}
        </div>
      )}
      <div className="okr-form__row">
        <Field id="kr-weight" label="Weight" error={error('weight')} hint="How much it counts towards the objective.">
          <input id="kr-weight" className="okr-input" inputMode="decimal" value={weight} onChange={(event) => setWeight(event.target.value)} />
        </Field>
        <Field id="kr-owner" label="Owner" error={error('ownerAccountId', 'owner')}>
          <OwnerSelect id="kr-owner" users={users} value={ownerId} onChange={setOwnerId} emptyLabel="Me" />
        </Field>
      </div>
    </FormLayout>
  );
}

function readMeasure(
  kind: MeasureKind,
  metric: { baseline: string; target: string; current: string; unit: string },
  problems: Record<string, string>,
): MeasureInput | undefined {
  if (kind !== 'metric') return { kind };
  const baseline = parseNumber(metric.baseline);
  const target = parseNumber(metric.target);
  const current = metric.current.trim() === '' ? undefined : parseNumber(metric.current);
  if (baseline === undefined) problems['baseline'] = 'Enter a number.';
  if (target === undefined) problems['target'] = 'Enter a number.';
  if (metric.current.trim() !== '' && current === undefined) problems['current'] = 'Enter a number.';
  if (baseline === undefined || target === undefined) return undefined;
  const measure: MeasureInput = { kind: 'metric', baseline, target, unit: metric.unit.trim() };
  if (current !== undefined) measure.current = current;
  return measure;
}
