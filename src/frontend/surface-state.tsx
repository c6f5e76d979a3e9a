import React from 'react';
import { Button, SectionMessage, Spinner, Stack, Text } from '@forge/react';
import type { Loadable } from './use-resolver';

/** Loading and error states every surface shows the same way; `children` renders the ready view. */
export function SurfaceState<T>({ view, retry, children }: { view: Loadable<T>; retry: () => void; children: (data: T) => React.ReactNode }) {
  if (view.state === 'loading') return <Spinner label="Loading key results" />;
  if (view.state === 'error') {
    return (
      <SectionMessage appearance="error" title="Could not load key results">
        <Stack space="space.100">
          <Text>{view.message}</Text>
          <Button onClick={retry}>Try again</Button>
        </Stack>
      </SectionMessage>
    );
  }
  return <>{children(view.data)}</>;
}
