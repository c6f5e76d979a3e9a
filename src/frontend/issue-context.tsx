import React, { useEffect } from 'react';
import { onLinksChanged } from './forge-bridge';
import ForgeReconciler, { Inline, Lozenge, Stack, Text } from '@forge/react';
import type { IssueContextView } from '../shared/contract';
import { percentText } from './progress-text';
import { SurfaceState } from './surface-state';
import { useResolver } from './use-resolver';

/** Right-sidebar summary: which key results the issue supports and how far each has come. */
export function IssueContext() {
  const { view, reload } = useResolver('getIssueContext', {});
  useEffect(() => onLinksChanged(reload), [reload]);
  return (
    <SurfaceState view={view} retry={reload}>
      {(context: IssueContextView) =>
        context.linked.length === 0 ? (
          <Text color="color.text.subtle">Supports no key result. Tag it from the Key results panel.</Text>
        ) : (
          <Stack space="space.100">
            {context.linked.map((item) => (
              <Inline key={item.keyResult.id} space="space.100" spread="space-between" alignBlock="center">
                <Text>{item.keyResult.title}</Text>
                <Inline space="space.050">
                  {item.via === 'epic' ? <Lozenge appearance="new">epic</Lozenge> : null}
                  <Lozenge appearance={item.keyResult.progress.done ? 'success' : 'inprogress'}>{percentText(item.keyResult.progress)}</Lozenge>
                </Inline>
              </Inline>
            ))}
          </Stack>
        )
      }
    </SurfaceState>
  );
}

ForgeReconciler.render(
  <React.StrictMode>
    <IssueContext />
  </React.StrictMode>,
);
