import React from 'react';
import { Inline, Lozenge, ProgressBar, Stack, Text } from '@forge/react';
import type { Confidence, KeyResultView } from '../shared/contract';

const CONFIDENCE: Record<Confidence, { label: string; appearance: 'success' | 'moved' | 'removed' }> = {
  'on-track': { label: 'On track', appearance: 'success' },
  'at-risk': { label: 'At risk', appearance: 'moved' },
  'off-track': { label: 'Off track', appearance: 'removed' },
};

/** "25 %", whole percents as on the project page, with the raw value when it runs past the bar ("100 % (125 %)"). */
export function percentText(progress: KeyResultView['progress']): string {
  const shown = Math.round(progress.percent);
  const raw = Math.round(progress.rawPercent);
  return raw === shown ? `${shown} %` : `${shown} % (${raw} %)`;
}

/** What the number means: "80 / 20 ms", "3 / 8 issues", "13 / 40 pts, 2 unestimated". */
export function measureText(keyResult: KeyResultView): string {
  if (keyResult.metric) {
    const { current, target, unit, baseline } = keyResult.metric;
    return `${formatNumber(current)} of ${formatNumber(target)} ${unit} (from ${formatNumber(baseline)})`.replace(/ +\(/, ' (');
  }
  const work = keyResult.work;
  if (!work) return '';
  if (keyResult.kind === 'issues') return `${work.doneIssues} / ${work.totalIssues} issues done`;
  const unestimated = work.unestimatedIssues > 0 ? `, ${work.unestimatedIssues} unestimated` : '';
  return `${formatNumber(work.doneStoryPoints)} / ${formatNumber(work.totalStoryPoints)} pts done${unestimated}`;
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

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
