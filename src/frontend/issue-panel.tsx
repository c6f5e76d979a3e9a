import React, { useState } from 'react';
import ForgeReconciler, { Button, EmptyState, Inline, Stack, Text } from '@forge/react';
import type { IssueLinkOptionsView, IssuePanelView } from '../shared/contract';
import { LinkEditor } from './link-editor';
import { LinkedKeyResults } from './linked-key-results';
import { announceLinksChanged, callResolver } from './forge-bridge';
import { SurfaceState } from './surface-state';
import { useResolver } from './use-resolver';

/** Issue panel: the key results this issue moves, and tagging it with more. */
export function IssuePanel() {
  const { view, reload, replace } = useResolver('getIssuePanel', {});
  const [editor, setEditor] = useState<IssueLinkOptionsView | 'loading'>();
  const [editorError, setEditorError] = useState<string>();

  const openEditor = () => {
    setEditor('loading');
    setEditorError(undefined);
    callResolver('getIssueLinkOptions', {}).then(setEditor, (error: unknown) => {
      setEditor(undefined);
      setEditorError(error instanceof Error ? error.message : String(error));
    });
  };
  const save = async (keyResultIds: string[]) => {
    const panel = await callResolver('setIssueLinks', { keyResultIds });
    replace(panel);
    setEditor(undefined);
    await announceLinksChanged(panel.issue.key);
  };

  return (
    <SurfaceState view={view} retry={reload}>
      {(panel: IssuePanelView) => (
        <Stack space="space.200">
          {editor && editor !== 'loading' ? (
            <LinkEditor options={editor} onSave={save} onCancel={() => setEditor(undefined)} />
          ) : (
            <Inline spread="space-between" alignBlock="center">
              <Text color="color.text.subtle">{summaryLine(panel)}</Text>
              <Button onClick={openEditor} isDisabled={editor === 'loading'}>
                {editor === 'loading' ? 'Loading…' : 'Tag key results'}
              </Button>
            </Inline>
          )}
          {editorError ? <Text color="color.text.danger">{editorError}</Text> : null}
          {panel.linked.length === 0 ? (
            <EmptyState header="Not tagged yet" description="Tag this issue with the key results it moves, so planners and product leads see its impact." />
          ) : (
            <LinkedKeyResults linked={panel.linked} />
          )}
        </Stack>
      )}
    </SurfaceState>
  );
}

function summaryLine(panel: IssuePanelView): string {
  const count = panel.linked.length;
  const throughEpic = panel.linked.filter((item) => item.via === 'epic').length;
  const epic = throughEpic > 0 && panel.issue.epic ? ` (${throughEpic} through epic ${panel.issue.epic.key})` : '';
  return count === 0 ? 'Supports no key result' : `Supports ${count} key result${count === 1 ? '' : 's'}${epic}`;
}

ForgeReconciler.render(
  <React.StrictMode>
    <IssuePanel />
  </React.StrictMode>,
);
