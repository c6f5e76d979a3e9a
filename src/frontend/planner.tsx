import React from 'react';
import ForgeReconciler, { DynamicTable, EmptyState, Heading, Inline, Lozenge, SectionMessage, Stack, Text } from '@forge/react';
import type { PlannedIssueView, PlannerKeyResultView, SprintPlannerView } from '../shared/contract';
import { KeyResultProgress } from './progress-row';
import { formatNumber } from './progress-text';
import { SurfaceState } from './surface-state';
import { useResolver } from './use-resolver';

const STATUS: Record<PlannedIssueView['statusCategory'], { label: string; appearance: 'default' | 'inprogress' | 'success' }> = {
  new: { label: 'To do', appearance: 'default' },
  indeterminate: { label: 'In progress', appearance: 'inprogress' },
  done: { label: 'Done', appearance: 'success' },
};

/** Sprint/backlog action: which planned work moves which key result, and what supports none. */
export function Planner() {
  const { view, reload } = useResolver('getSprintPlanner', {});
  return (
    <SurfaceState view={view} retry={reload}>
      {(planner: SprintPlannerView) => <PlannerBody planner={planner} />}
    </SurfaceState>
  );
}

function PlannerBody({ planner }: { planner: SprintPlannerView }) {
  const { totals } = planner;
  const scope = planner.scope.kind === 'sprint' ? planner.scope.sprintName : 'Backlog';
  if (totals.issues === 0) return <EmptyState header={`${scope} has no issues`} description="Plan some work, then see which key results it moves." />;
  return (
    <Stack space="space.300">
      <SectionMessage appearance={totals.alignedIssues === totals.issues ? 'success' : 'information'} title={scope}>
        <Text>
          {totals.alignedIssues} of {totals.issues} issues ({formatNumber(totals.alignedStoryPoints)} of {formatNumber(totals.storyPoints)} pts) move a key
          result{totals.unestimatedIssues > 0 ? `; ${totals.unestimatedIssues} unestimated` : ''}.
        </Text>
      </SectionMessage>
      {planner.keyResults.map((item) => (
        <KeyResultSection key={item.keyResult.id} item={item} />
      ))}
      <Stack space="space.100">
        <Heading size="small">Supports no key result ({planner.unaligned.length})</Heading>
        {planner.unaligned.length === 0 ? <Text>Every planned issue moves a key result.</Text> : <IssueTable issues={planner.unaligned} />}
      </Stack>
    </Stack>
  );
}

function KeyResultSection({ item }: { item: PlannerKeyResultView }) {
  return (
    <Stack space="space.100">
      <Text size="small" color="color.text.subtle">
        {item.objectiveTitle}
      </Text>
      <KeyResultProgress keyResult={item.keyResult}>
        <Text size="small">
          Planned here: {item.issues.length} issue{item.issues.length === 1 ? '' : 's'}, {formatNumber(item.plannedStoryPoints)} pts
        </Text>
      </KeyResultProgress>
      <IssueTable issues={item.issues} />
    </Stack>
  );
}

function IssueTable({ issues }: { issues: (PlannedIssueView & { via?: 'direct' | 'epic'; epicKey?: string })[] }) {
  return (
    <DynamicTable
      head={{
        cells: [
          { key: 'key', content: 'Issue' },
          { key: 'summary', content: 'Summary' },
          { key: 'points', content: 'Pts' },
          { key: 'status', content: 'Status' },
        ],
      }}
      rows={issues.map((issue) => ({
        key: issue.key,
        cells: [
          { key: 'key', content: issue.key },
          {
            key: 'summary',
            content: (
              <Inline space="space.050">
                <Text>{issue.summary}</Text>
                {issue.via === 'epic' ? <Lozenge appearance="new">via {issue.epicKey ?? 'epic'}</Lozenge> : null}
              </Inline>
            ),
          },
          { key: 'points', content: issue.storyPoints === undefined ? '–' : formatNumber(issue.storyPoints) },
          { key: 'status', content: <Lozenge appearance={STATUS[issue.statusCategory].appearance}>{STATUS[issue.statusCategory].label}</Lozenge> },
        ],
      }))}
    />
  );
}

ForgeReconciler.render(
  <React.StrictMode>
    <Planner />
  </React.StrictMode>,
);
