import React from 'react';
import { Inline, Lozenge, ProgressBar, Stack, Text } from '@forge/react';
import type { Confidence, KeyResultView } from '../shared/contract';
import { measureText, percentText } from './progress-text';

const CONFIDENCE: Record<Confidence, { label: string; appearance: 'success' | 'moved' | 'removed' }> = {
  'on-track': { label: 'On track', appearance: 'success' },
  'at-risk': { label: 'At risk', appearance: 'moved' },
  'off-track': { label: 'Off track', appearance: 'removed' },
};

export function ConfidenceLozenge({ confidence }: { confidence: Confidence }) {
  const { label, appearance } = CONFIDENCE[confidence];
  return <Lozenge appearance={appearance}>{label}</Lozenge>;
}

/** One key result: title, bar, figures and confidence. */
export function KeyResultProgress({ keyResult, children }: { keyResult: KeyResultView; children?: React.ReactNode }) {
  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="center" spread="space-between">
        <Text weight="medium">{keyResult.title}</Text>
        <ConfidenceLozenge confidence={keyResult.confidence} />
      </Inline>
      <ProgressBar
        value={keyResult.progress.percent / 100}
        appearance={keyResult.progress.done ? 'success' : 'default'}
        ariaLabel={`${keyResult.title} progress`}
      />
      <Inline space="space.100" spread="space-between">
        <Text size="small" color="color.text.subtle">
          {measureText(keyResult)}
        </Text>
        <Text size="small" weight="bold">
          {percentText(keyResult.progress)}
        </Text>
      </Inline>
      {children}
    </Stack>
  );
}
