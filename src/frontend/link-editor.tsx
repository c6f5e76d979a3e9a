import { useState } from 'react';
import { Button, ButtonGroup, Label, SectionMessage, Select, Stack, Text } from '@forge/react';
import type { IssueLinkOptionsView } from '../shared/contract';

interface Option {
  label: string;
  value: string;
}

/** Picks the key results an issue supports directly. */
export function LinkEditor({ options, onSave, onCancel }: { options: IssueLinkOptionsView; onSave: (ids: string[]) => Promise<void>; onCancel: () => void }) {
  const choices: Option[] = options.options.map((option) => ({ label: `${option.title} · ${option.objectiveTitle} (${option.cycleLabel})`, value: option.id }));
  const [selected, setSelected] = useState<Option[]>(choices.filter((choice) => options.selectedIds.includes(choice.value)));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  if (!options.canEdit) {
    return (
      <SectionMessage appearance="warning" title="You cannot tag this issue">
        <Text>You need the Edit issues permission in this project to change the key results it supports.</Text>
        <Button onClick={onCancel}>Close</Button>
      </SectionMessage>
    );
  }
  if (choices.length === 0) {
    return (
      <SectionMessage appearance="information" title="No key results to choose from">
        <Text>This project has no objectives with key results in an open cycle yet. Create them on the project's OKRs page.</Text>
        <Button onClick={onCancel}>Close</Button>
      </SectionMessage>
    );
  }
  const save = () => {
    setSaving(true);
    setError(undefined);
    onSave(selected.map((option) => option.value)).catch((cause: unknown) => {
      setError(cause instanceof Error ? cause.message : String(cause));
      setSaving(false);
    });
  };
  return (
    <Stack space="space.100">
      <Label labelFor="okr-key-results">Key results this issue supports</Label>
      <Select
        id="okr-key-results"
        isMulti
        options={choices}
        value={selected}
        onChange={(value: Option[] | null) => setSelected(value ?? [])}
        placeholder="Choose key results"
      />
      {error ? (
        <SectionMessage appearance="error">
          <Text>{error}</Text>
        </SectionMessage>
      ) : null}
      <ButtonGroup>
        <Button appearance="primary" onClick={save} isDisabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </Button>
        <Button appearance="subtle" onClick={onCancel} isDisabled={saving}>
          Cancel
        </Button>
      </ButtonGroup>
    </Stack>
  );
}
