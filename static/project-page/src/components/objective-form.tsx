import { useMemo, useState } from 'react';
import type { ObjectiveInput, ObjectiveLevel, ObjectiveView, ProjectPageView } from '../../../../src/shared/contract';
import { cycleYear, quarterPresets } from '../cycle-presets';
import { descendantIds } from '../objective-tree';
import { useSubmit } from '../use-submit';
import { CycleFields } from './cycle-fields';
import { Field, findFieldError } from './field';
import { FormLayout } from './form-layout';
import { levelLabels } from './lozenge';
import { OwnerSelect } from './owner-select';

interface ObjectiveFormProps {
  view: ProjectPageView;
  currentAccountId: string | undefined;
  /** Present when editing. */
  objective?: ObjectiveView;
  onSubmit: (input: ObjectiveInput) => Promise<void>;
  onCancel: () => void;
}

const levels = Object.keys(levelLabels) as ObjectiveLevel[];

/** Creates or edits an objective: what, how high, under which parent, for which cycle, whose. */
export function ObjectiveForm({ view, currentAccountId, objective, onSubmit, onCancel }: ObjectiveFormProps) {
  const [title, setTitle] = useState(objective?.title ?? '');
  const [description, setDescription] = useState(objective?.description ?? '');
  const [level, setLevel] = useState<ObjectiveLevel>(objective?.level ?? 'team');
  const [parentId, setParentId] = useState(objective?.parentObjectiveId ?? '');
  const [cycle, setCycle] = useState(objective?.cycle ?? view.cycle);
  const [ownerId, setOwnerId] = useState(objective?.owner.accountId ?? currentAccountId ?? '');
  const [projects, setProjects] = useState((objective?.projectKeys ?? [view.projectKey]).join(', '));
  const { saving, message, fieldErrors, submit, reject } = useSubmit(onSubmit);

  const parentChoices = useMemo(() => {
    const excluded = objective ? descendantIds(view.objectives, objective.id) : new Set<string>();
    return view.objectives.filter((candidate) => !excluded.has(candidate.id));
  }, [view.objectives, objective]);
  const presets = quarterPresets(cycleYear(view.cycle.startDate, new Date().getFullYear()));

  const save = () => {
    if (title.trim() === '') {
      reject('Give the objective a title.', { title: 'Enter a title.' });
      return;
    }
    const input: ObjectiveInput = {
      title: title.trim(),
      description: description.trim(),
      level,
      cycle: { label: cycle.label.trim(), startDate: cycle.startDate, endDate: cycle.endDate },
    };
    const projectKeys = projectKeysFrom(projects);
    if (!projectKeys.includes(view.projectKey)) {
      reject('Check the highlighted fields.', { projectKeys: `Keep ${view.projectKey}: the objective is edited from here.` });
      return;
    }
    input.projectKeys = projectKeys;
    if (ownerId !== '') input.ownerAccountId = ownerId;
    if (parentId !== '') input.parentObjectiveId = parentId;
    else if (objective?.parentObjectiveId !== undefined) input.parentObjectiveId = null;
    void submit(input);
  };

  const error = (...names: string[]) => findFieldError(fieldErrors, ...names);
  return (
    <FormLayout onSubmit={save} onCancel={onCancel} submitLabel={objective ? 'Save' : 'Create'} saving={saving} message={message}>
      <Field id="objective-title" label="Title" required error={error('title')}>
        <input
          id="objective-title"
          className="okr-input"
          value={title}
          maxLength={255}
          placeholder="e.g. Make checkout effortless"
          onChange={(event) => setTitle(event.target.value)}
        />
      </Field>
      <Field id="objective-description" label="Description" error={error('description')}>
        <textarea
          id="objective-description"
          className="okr-input okr-textarea"
          rows={3}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </Field>
      <div className="okr-form__row">
        <Field id="objective-level" label="Level" error={error('level')}>
          <select id="objective-level" className="okr-input" value={level} onChange={(event) => setLevel(event.target.value as ObjectiveLevel)}>
            {levels.map((option) => (
              <option key={option} value={option}>
                {levelLabels[option]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="objective-owner" label="Owner" error={error('ownerAccountId', 'owner')}>
          <OwnerSelect
            id="objective-owner"
            users={view.users}
            currentAccountId={currentAccountId}
            value={ownerId}
            onChange={setOwnerId}
            emptyLabel={currentAccountId === undefined ? 'Me' : undefined}
          />
        </Field>
      </div>
      <Field id="objective-parent" label="Parent objective" error={error('parentObjectiveId', 'parent')}>
        <select id="objective-parent" className="okr-input" value={parentId} onChange={(event) => setParentId(event.target.value)}>
          <option value="">None (top level)</option>
          {parentChoices.length > 0 && (
            <optgroup label={`In ${view.projectKey}`}>
              {parentChoices.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </optgroup>
          )}
          {view.parentOptions.length > 0 && (
            <optgroup label="Other goals">
              {view.parentOptions.map((option) => (
                <option key={option.id} value={option.id}>
                  {`${option.title} (${levelLabels[option.level]})`}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </Field>
      <CycleFields cycle={cycle} presets={presets} onChange={setCycle} fieldErrors={fieldErrors} />
      <Field
        id="objective-projects"
        label="Projects"
        error={error('projectKeys')}
        hint="Project keys, separated by commas: the objective shows on each project's OKR page."
      >
        <input id="objective-projects" className="okr-input" value={projects} onChange={(event) => setProjects(event.target.value)} />
      </Field>
    </FormLayout>
  );
}

/** "shop, ops" → ["SHOP", "OPS"]. */
function projectKeysFrom(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .filter((key) => key !== '')
        .map((key) => key.toUpperCase()),
    ),
  ];
}
