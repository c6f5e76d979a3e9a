import './bridge-stub';
import React, { useState } from 'react';
import { Button, DynamicTable, Inline, Lozenge, ProgressBar, Select, Stack, Text, Textfield, BarChart } from '@forge/react';
import { testRenderer, testUtils } from './forge-react-test-utils';
import type { ForgeDoc } from '../../../local/host/uikit/forge-doc';
import { createUiKitRenderer } from '../../../local/host/uikit/ui-kit-components';
import type { VElement, VNode } from '../../../local/host/uikit/vnode';
import { toHtml } from '../../../local/host/uikit/vnode-html';

// React 18's act, which @forge/react's own test renderer uses.
const act = (React as unknown as { unstable_act: (fn: () => Promise<void>) => Promise<void> }).unstable_act;

const { getLastBridgeCallForgeDoc, setupBridge } = testUtils;
const { create } = testRenderer;

let bridgeCalls: ReturnType<typeof setupBridge>;
beforeEach(() => {
  bridgeCalls = setupBridge();
});

/** Renders with the real @forge/react reconciler and returns the forgeDoc it sent over the bridge. */
async function forgeDocOf(element: React.ReactElement): Promise<ForgeDoc> {
  await create(element);
  return getLastBridgeCallForgeDoc(bridgeCalls) as unknown as ForgeDoc;
}

async function htmlOf(element: React.ReactElement): Promise<string> {
  return toHtml(createUiKitRenderer().render(await forgeDocOf(element)));
}

function find(node: VNode, test: (el: VElement) => boolean): VElement | undefined {
  if (node.kind === 'text') return undefined;
  if (test(node)) return node;
  for (const child of node.children) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

describe('UI Kit renderer on forgeDocs from @forge/react', () => {
  it('draws a Lozenge with its appearance', async () => {
    expect(await htmlOf(<Lozenge appearance="success">Done</Lozenge>)).toContain('<span class="uik-lozenge uik-lozenge--success">Done</span>');
  });

  it('draws a ProgressBar as wide as its value', async () => {
    expect(await htmlOf(<ProgressBar value={0.4} />)).toContain('style="width:40%"');
  });

  it('lays out a Stack and an Inline as flex boxes with token gaps', async () => {
    const html = await htmlOf(
      <Stack space="space.200">
        <Inline space="space.100">
          <Text>a</Text>
        </Inline>
      </Stack>,
    );
    expect([html.includes('flex-direction:column;gap:16px 16px'), html.includes('flex-direction:row;gap:8px 8px')]).toEqual([true, true]);
  });

  it('marks the selected option of a controlled Select', async () => {
    const options = [
      { label: 'One', value: 1 },
      { label: 'Two', value: 2 },
    ];
    expect(await htmlOf(<Select options={options} value={options[1]} />)).toContain('<option value="1" selected>Two</option>');
  });

  it('keeps a controlled Textfield value', async () => {
    expect(await htmlOf(<Textfield name="title" value="Grow revenue" onChange={() => undefined} />)).toContain('value="Grow revenue"');
  });

  it('disables a Button when isDisabled is set', async () => {
    expect(
      await htmlOf(
        <Button isDisabled onClick={() => undefined}>
          Save
        </Button>,
      ),
    ).toMatch(/<button class="uik-button uik-button--default" type="button" disabled>Save<\/button>/);
  });

  it('draws DynamicTable head and row cells', async () => {
    const html = await htmlOf(
      <DynamicTable head={{ cells: [{ key: 'name', content: 'Name' }] }} rows={[{ key: 'r1', cells: [{ key: 'name', content: <Text>Grow</Text> }] }]} />,
    );
    expect([
      html.includes('<th class="uik-table__th">Name</th>'),
      html.includes('<td class="uik-table__td"><p class="uik-text uik-text--medium">Grow</p></td>'),
    ]).toEqual([true, true]);
  });

  it('outlines a component it does not draw and names it', async () => {
    expect(await htmlOf(<BarChart data={[]} xAccessor={0} yAccessor={1} />)).toContain(
      '<div class="uik-unknown" data-uikit-type="BarChart"><span class="uik-unknown__label">BarChart</span></div>',
    );
  });

  it('calls the app onClick so the next forgeDoc shows the new state', async () => {
    function Counter() {
      const [count, setCount] = useState(0);
      return <Button onClick={() => setCount(count + 1)}>Clicked {count}</Button>;
    }
    const button = find(createUiKitRenderer().render(await forgeDocOf(<Counter />)), (el) => el.tag === 'button');
    await act(async () => {
      button?.on['click']?.({ type: 'click' } as Event);
    });
    expect(toHtml(createUiKitRenderer().render(getLastBridgeCallForgeDoc(bridgeCalls) as unknown as ForgeDoc))).toContain('Clicked 1');
  });
});
