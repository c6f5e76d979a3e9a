import type { FrameMessage } from '../frame/frame-config';
import type { UiModule } from '../site-types';
import { h } from './dom';
import { closeFlag, showFlag } from './flags';

interface FrameEntry {
  iframe: HTMLIFrameElement;
  onClose: () => void;
}

const frames = new Map<string, FrameEntry>();
let counter = 0;

function onMessage(event: MessageEvent): void {
  const message: FrameMessage | undefined = event.data;
  if (!message?.localForge) return;
  const entry = frames.get(message.frameId);
  const data = (message.data ?? {}) as Record<string, unknown>;
  switch (message.cmd) {
    case 'resize':
      if (entry && typeof data['height'] === 'string') entry.iframe.style.height = data['height'];
      break;
    case 'showFlag':
      showFlag(data);
      break;
    case 'closeFlag':
      closeFlag(data['id']);
      break;
    case 'close':
      entry?.onClose();
      break;
    case 'emit':
      relayAppEvent(message.frameId, data);
      break;
    case 'navigate':
      navigateTo(targetUrl(data), data['type'] === 'new-tab');
      break;
    default:
      console.info(`local Forge host: '${message.cmd}' from ${message.frameId}`, data);
  }
}

/** `events.emit` in one surface reaches the app's other surfaces on the page, as in Jira. */
function relayAppEvent(fromFrameId: string, data: Record<string, unknown>): void {
  for (const [frameId, entry] of frames) {
    if (frameId === fromFrameId || !entry.iframe.isConnected) continue;
    entry.iframe.contentWindow?.postMessage({ localForgeAppEvent: true, event: data['event'], payload: data['payload'] }, '*');
  }
}

/** router.navigate() takes a URL or a Jira location object such as `{ target: 'issue', issueKey }`. */
function targetUrl(data: Record<string, unknown>): string {
  if (typeof data['url'] === 'string') return data['url'];
  if (data['target'] === 'issue' && typeof data['issueKey'] === 'string') return `/browse/${data['issueKey']}`;
  if (data['target'] === 'project' && typeof data['projectKey'] === 'string') return `/projects/${data['projectKey']}/backlog`;
  console.info('local Forge host: cannot navigate to', data);
  return '';
}

function navigateTo(url: string, newTab: boolean): void {
  if (url === '') return;
  if (newTab) window.open(url, '_blank', 'noopener');
  else window.location.assign(url);
}

export interface FrameOptions {
  module: UiModule;
  accountId: string | undefined;
  extension: Record<string, unknown>;
  /** Called when the app asks to close its view (view.close(), a modal's onClose). */
  onClose?: () => void;
}

/** An iframe running one module of the app, as Jira embeds Forge UI. */
export function createAppFrame(options: FrameOptions): HTMLIFrameElement {
  if (counter === 0) window.addEventListener('message', onMessage);
  counter += 1;
  const frameId = `frame-${counter}`;
  const ctx = btoa(JSON.stringify({ accountId: options.accountId, extension: options.extension, frameId }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  const key = encodeURIComponent(options.module.key);
  const src = options.module.render === 'native' ? `/frames/uikit/${key}?ctx=${ctx}` : `/frames/custom/${key}/?ctx=${ctx}`;
  const iframe = h('iframe', { class: 'app-frame', src, title: options.module.title, 'data-module-key': options.module.key }) as HTMLIFrameElement;
  frames.set(frameId, { iframe, onClose: options.onClose ?? (() => undefined) });
  return iframe;
}
