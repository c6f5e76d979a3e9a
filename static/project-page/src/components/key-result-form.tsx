import { useState } from 'react';
import type { KeyResultInput, KeyResultView, MeasureKind, ObjectiveView, UserView } from '../../../../src/shared/contract';
import { changesOf, createInput, draftOf, emptyDraft, parseDraft, type KeyResultChanges, type KeyResultValues } from '../key-result-draft';
import { useSubmit } from '../use-submit';
import { Field, findFieldError } from './field';
import { FormLayout } from './form-layout';
import { MetricFields } from './metric-fields';
import { OwnerSelect } from './owner-select';

type KeyResultFormProps = { users: UserView[]; currentAccountId: string | undefined; onCancel: () => void } & (
  | { objective: ObjectiveView; keyResult?: undefined; onSubmit: (input: KeyResultInput) => Promise<void> }
  | { objective?: undefined; keyResult: KeyResultView; onSubmit: (changes: KeyResultChanges) => Promise<void> }
);

const kinds: { kind: MeasureKind; label: string; hint: string }[] = [
  { kind: 'metric', label: 'Metric', hint: 'A number you check in, e.g. conversion rate.' },
  { kind: 'issues', label: 'Issues done', hint: 'Share of linked issues that are done.' },
  { kind: 'storyPoints', label: 'Story points done', hint: 'Share of linked story points that are done.' },
];

/**
 * Adds a key result to an objective (a metric needs its baseline, target and unit), or edits one
 * (given `keyResult`): its kind, baseline and current value stay as they are.
 */
export function KeyResultForm(props: KeyResultFormProps) {
  const { users, currentAccountId, keyResult, onCancel } = props;
  const editing = keyResult !== undefined;
  const [draft, setDraft] = useState(() => (keyResult ? draftOf(keyResult) : emptyDraft(currentAccountId)));
  const update = (changes: Partial<typeof draft>) => setDraft({ ...draft, ...changes });

  const send = async (values: KeyResultValues) => {
    if (props.keyResult === undefined) return props.onSubmit(createInput(props.objective.id, values));
    const changes = changesOf(props.keyResult, values);
    if (Object.keys(changes).length === 0) return onCancel();
    return props.onSubmit(changes);
  };
  const { saving, message, fieldErrors, submit, reject } = useSubmit(send);

  const save = () => {
    const parsed = parseDraft(draft);
    if (parsed.ok) void submit(parsed.values);
    else reject('Check the highlighted fields.', parsed.problems);
  };

  const error = (...names: string[]) => findFieldError(fieldErrors, ...names);
  return (
    <FormLayout onSubmit={save} onCancel={onCancel} submitLabel={editing ? 'Save' : 'Add key result'} saving={saving} message={message}>
      {props.objective && <p className="okr-muted okr-form__context">For “{props.objective.title}”</p>}
      <Field id="kr-title" label="Title" required error={error('title')}>
        <input
          id="kr-title"
          className="okr-input"
          value={draft.title}
          maxLength={255}
          placeholder="e.g. Cut checkout time to 30 s"
          onChange={(event) => update({ title: event.target.value })}
        />
      </Field>
      <Field id="kr-kind" label="Measured by" error={error('measure.kind', 'kind', 'measure')} hint={kinds.find((option) => option.kind === draft.kind)?.hint}>
        <select
          id="kr-kind"
          className="okr-input"
          value={draft.kind}
          disabled={editing}
          onChange={(event) => update({ kind: event.target.value as MeasureKind })}
        >
          {kinds.map((option) => (
            <option key={option.kind} value={option.kind}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      {draft.kind === 'metric' && <MetricFields draft={draft} editing={editing} error={error} onChange={(name, value) => update({ [name]: value })} />}
      <div className="okr-form__row">
        <Field id="kr-weight" label="Weight" error={error('weight')} hint="How much it counts towards the objective.">
          <input id="kr-weight" className="okr-input" inputMode="decimal" value={draft.weight} onChange={(event) => update({ weight: event.target.value })} />
        </Field>
        <Field id="kr-owner" label="Owner" error={error('ownerAccountId', 'owner')}>
          <OwnerSelect
            id="kr-owner"
            users={users}
            currentAccountId={currentAccountId}
            value={draft.ownerId}
            onChange={(ownerId) => update({ ownerId })}
            emptyLabel={editing ? (keyResult.owner ? undefined : 'No owner') : currentAccountId === undefined ? 'Me' : undefined}
          />
        </Field>
      </div>
    </FormLayout>
  );
}
