import type { IssueContextView, ResolverResult } from '../../src/shared/contract';
import { installUiKitBridge, settle, textOf } from '../support/ui-kit-bridge';

const context: IssueContextView = {
  issueKey: 'SHOP-17',
  linked: [
    {
      keyResult: {
        id: 'kr-1',
        objectiveId: 'obj-1',
        title: 'Cut checkout p95 latency',
        weight: 1,
        confidence: 'on-track',
        kind: 'metric',
        metric: { baseline: 100, target: 20, current: 0, unit: 'ms', direction: 'decrease' },
        progress: { percent: 100, rawPercent: 125, done: true },
        checkIns: [],
        issues: [],
      },
      objectiveTitle: 'Make checkout effortless',
      cycleLabel: '2026 Q4',
      via: 'epic',
      epicKey: 'SHOP-1',
    },
  ],
};

describe('issue context (UI Kit)', () => {
  const bridge = installUiKitBridge({ getIssueContext: (): ResolverResult<IssueContextView> => ({ ok: true, data: context }) });

  beforeAll(async () => {
    await import('../../src/frontend/issue-context');
    await settle();
  });

  it('shows each key result with its clamped and raw progress and that it comes through the epic', () => {
    expect(textOf(bridge.forgeDoc)).toBe('Cut checkout p95 latency epic 100 % (125 %)');
  });
});
