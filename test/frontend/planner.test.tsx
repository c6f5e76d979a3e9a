import type { ResolverResult, SprintPlannerView } from '../../src/shared/contract';
import { findAll, installUiKitBridge, settle, textOf } from '../support/ui-kit-bridge';
import { aKeyResult } from '../support/views';

const keyResult = aKeyResult({
  id: 'kr-1',
  objectiveId: 'obj-1',
  title: 'Ship Checkout v2',
  kind: 'storyPoints',
  work: { totalIssues: 9, doneIssues: 5, totalStoryPoints: 37, doneStoryPoints: 19, unestimatedIssues: 1 },
  progress: { percent: 51.35, rawPercent: 51.35, done: false },
});

const planner: SprintPlannerView = {
  scope: { kind: 'sprint', sprintId: '3', sprintName: 'SHOP Sprint 3', state: 'active' },
  keyResults: [
    {
      keyResult,
      objectiveTitle: 'Make checkout effortless',
      plannedStoryPoints: 13,
      issues: [
        { key: 'SHOP-17', summary: 'One-click reorder', issueType: 'Story', statusCategory: 'indeterminate', storyPoints: 8, via: 'epic', epicKey: 'SHOP-1' },
        { key: 'SHOP-14', summary: 'Address autocomplete', issueType: 'Story', statusCategory: 'done', storyPoints: 5, via: 'direct' },
      ],
    },
  ],
  unaligned: [{ key: 'SHOP-19', summary: 'Offline product list', issueType: 'Story', statusCategory: 'new' }],
  totals: { issues: 3, alignedIssues: 2, storyPoints: 13, alignedStoryPoints: 13, unestimatedIssues: 1 },
};

describe('planner (UI Kit sprint action)', () => {
  const bridge = installUiKitBridge({ getSprintPlanner: (): ResolverResult<SprintPlannerView> => ({ ok: true, data: planner }) });

  const tables = () => findAll(bridge.forgeDoc, (node) => node.type === 'DynamicTable');
  /** DynamicTable reaches the bridge as Row nodes that carry their keys. */
  const rowKeys = (table: number) => findAll(tables()[table], (node) => node.type === 'Row').map((row) => row.props.rowKey);

  beforeAll(async () => {
    await import('../../src/frontend/planner');
    await settle();
  });

  it('sums up how much of the sprint moves a key result', () => {
    expect(textOf(bridge.forgeDoc)).toContain('2 of 3 issues (13 of 13 pts) move a key result; 1 unestimated.');
  });

  it('lists each key result’s planned issues with how they support it', () => {
    expect(rowKeys(0)).toEqual(['SHOP-17', 'SHOP-14']);
    expect(textOf(tables()[0])).toContain('SHOP-17 One-click reorder via SHOP-1 8 In progress');
    expect(textOf(bridge.forgeDoc)).toContain('Planned here: 2 issues, 13 pts');
    expect(textOf(bridge.forgeDoc)).toContain('51 %');
  });

  it('lists the planned work that supports no key result', () => {
    expect(textOf(bridge.forgeDoc)).toContain('Supports no key result (1)');
    expect(rowKeys(1)).toEqual(['SHOP-19']);
  });
});
