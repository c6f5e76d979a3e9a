import { createUiKitRenderer } from '../uikit/ui-kit-components';
import { isForgeDoc, type ForgeDoc } from '../uikit/forge-doc';
import { patchChildren } from '../uikit/vnode-dom';
import { bridgeCommands, deliverAppEvent } from './frame-bridge';
import type { FrameConfig } from './frame-config';

/**
 * Runs in every app iframe before the app's own code: defines `globalThis.__bridge` (what
 * Forge's host page injects) and, for UI Kit, draws each reconciled forgeDoc into the page.
 */
declare global {
  var __LOCAL_FORGE_FRAME__: FrameConfig;
  var __bridge: { callBridge(cmd: string, data?: unknown): Promise<unknown> };
}

const config = globalThis.__LOCAL_FORGE_FRAME__;
let latest: ForgeDoc | undefined;
let scheduled = false;

function paint(): void {
  scheduled = false;
  const root = document.getElementById('uikit-root');
  if (root && latest) patchChildren(root, [renderer.render(latest)]);
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(paint);
}

const renderer = createUiKitRenderer((error) => console.error('UI Kit event handler failed', error), schedule);

const commands = bridgeCommands(config, (data) => {
  const doc = (data as { forgeDoc?: unknown } | undefined)?.forgeDoc;
  if (isForgeDoc(doc)) latest = doc;
  schedule();
});

globalThis.__bridge = {
  callBridge: async (cmd: string, data?: unknown) => {
    const command = commands[cmd];
    if (!command) {
      console.warn(`local Forge host: bridge command '${cmd}' is not supported`);
      return undefined;
    }
    return command(data);
  },
};

// App events (`events.emit` in another surface) arrive from the host page.
window.addEventListener('message', (message: MessageEvent) => {
  const data = message.data as { localForgeAppEvent?: boolean; event?: string; payload?: unknown } | undefined;
  if (message.source === window.parent && data?.localForgeAppEvent && typeof data.event === 'string') deliverAppEvent(data.event, data.payload);
});

// Jira sizes app iframes to their content; report the body's height (the document's own height
// never drops below the iframe's) whenever it changes.
function observeHeight(): void {
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height + 4);
    void globalThis.__bridge.callBridge('resize', { height: `${height}px` });
  }).observe(document.body);
}

if (document.body) observeHeight();
else document.addEventListener('DOMContentLoaded', observeHeight);
