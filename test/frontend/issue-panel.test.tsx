import type { IssueLinkOptionsView, IssuePanelView, ResolverResult } from '../../src/shared/contract';
import { findAll, installUiKitBridge, settle, textOf } from '../support/ui-kit-bridge';
import { aKeyResult } from '../support/views';

const keyResult = aKeyResult({
  id: 'kr-1',
  objectiveId: 'obj-1',
  title: 'Ship one-click pay',
  confidence: 'at-risk',
  kind: 'storyPoints',
  work: { totalIssues: 4, doneIssues: 1, totalStoryPoints: 20, doneStoryPoints: 5, unestimatedIssues: 1 },
});

const panel: IssuePanelView = {
  issue: { key: 'SHOP-2', summary: 'Pay button', isEpic: false, epic: { key: 'SHOP-1', summary: 'Checkout' } },
  linked: [{ keyResult, objectiveTitle: 'Faster checkout', cycleLabel: '2026 Q4', via: 'epic', epicKey: 'SHOP-1' }],
};

const options: IssueLinkOptionsView = {
  canEdit: true,
  selectedIds: [],
  options: [{ id: 'kr-1', title: 'Ship one-click pay', objectiveTitle: 'Faster checkout', cycleLabel: '2026 Q4' }],
};

const ok = <T,>(data: T): ResolverResult<T> => ({ ok: true, data });

describe('issue panel (UI Kit)', () => {
  const bridge = installUiKitBridge({
    getIssuePanel: () => ok(panel),
    getIssueLinkOptions: () => ok(options),
    setIssueLinks: () => ok({ ...panel, linked: [...panel.linked, { ...panel.linked[0]!, keyResult: { ...keyResult, id: 'kr-2' }, via: 'direct' as const }] }),
  });

  beforeAll(async () => {
    await import('../../src/frontend/issue-panel');
    await settle();
  });

  it('shows the key result inherited from the epic with its progress and figures', () => {
    const text = textOf(bridge.forgeDoc);
    expect(text).toContain('Supports 1 key result (1 through epic SHOP-1)');
    expect(text).toContain('Ship one-click pay');
    expect(text).toContain('5 / 20 pts done, 1 unestimated');
    expect(text).toContain('25 %');
    expect(text).toContain('via epic SHOP-1');
    expect(text).toContain('At risk');
    expect(findAll(bridge.forgeDoc, (node) => node.type === 'ProgressBar')[0]?.props.value).toBe(0.25);
  });

  it('opens the tag editor with the project’s key results when Tag is clicked', async () => {
    const tag = findAll(bridge.forgeDoc, (node) => node.type === 'Button' && textOf(node) === 'Tag key results')[0];
    (tag?.props.onClick as () => void)();
    await settle();
    const select = findAll(bridge.forgeDoc, (node) => node.type === 'Select')[0];
    expect(select?.props.options).toEqual([{ label: 'Ship one-click pay · Faster checkout (2026 Q4)', value: 'kr-1' }]);
  });

  it('saves the chosen key results through setIssueLinks', async () => {
    const select = findAll(bridge.forgeDoc, (node) => node.type === 'Select')[0];
    (select?.props.onChange as (value: unknown) => void)([{ label: 'x', value: 'kr-1' }]);
    await settle();
    const save = findAll(bridge.forgeDoc, (node) => node.type === 'Button' && textOf(node) === 'Save')[0];
    (save?.props.onClick as () => void)();
    await settle();
    expect(bridge.invocations.at(-1)).toEqual({ functionKey: 'setIssueLinks', payload: { keyResultIds: ['kr-1'] } });
    expect(textOf(bridge.forgeDoc)).toContain('Supports 2 key results');
  });
});
