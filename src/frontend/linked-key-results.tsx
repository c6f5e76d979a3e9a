import { Inline, Lozenge, Stack, Text } from '@forge/react';
import type { LinkedKeyResultView } from '../shared/contract';
import { KeyResultProgress } from './progress-row';

/** The key results an issue supports, each saying whether the issue links it or inherits it from its epic. */
export function LinkedKeyResults({ linked }: { linked: LinkedKeyResultView[] }) {
  return (
    <Stack space="space.200">
      {linked.map((item) => (
        <KeyResultProgress key={item.keyResult.id} keyResult={item.keyResult}>
          <Inline space="space.100" alignBlock="center">
            <Text size="small" color="color.text.subtle">
              {item.objectiveTitle} · {item.cycleLabel}
            </Text>
            {item.via === 'epic' ? <Lozenge appearance="new">via epic {item.epicKey ?? ''}</Lozenge> : <Lozenge>direct</Lozenge>}
          </Inline>
        </KeyResultProgress>
      ))}
    </Stack>
  );
}
