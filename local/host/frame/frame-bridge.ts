import { productContext, type FrameConfig, type FrameMessage } from './frame-config';

type Command = (data: unknown) => unknown;

// Functions (flag actions, modal onClose) cannot cross postMessage: send what JSON keeps.
function toParent(config: FrameConfig, cmd: string, data?: unknown): true {
  const message: FrameMessage = {
    localForge: true,
    frameId: config.frameId,
    cmd,
    data: data === undefined ? undefined : (JSON.parse(JSON.stringify(data)) as unknown),
  };
  if (window.parent !== window) window.parent.postMessage(message, '*');
  return true;
}

async function invoke(config: FrameConfig, data: unknown): Promise<unknown> {
  const { functionKey, payload } = (data ?? {}) as { functionKey?: string; payload?: unknown };
  const response = await fetch(`${config.apiBase}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ moduleKey: config.moduleKey, functionKey, payload, accountId: config.accountId, context: config.extension }),
  });
  if (response.status === 204) return undefined;
  const body = (await response.json()) as { error?: { message?: string } };
  if (!response.ok) throw new Error(`There was an error invoking the function - ${body.error?.message ?? response.statusText}`);
  return body;
}

type AppEventListener = (payload: unknown) => unknown;
const appEventListeners = new Map<string, Set<AppEventListener>>();

/** `events.on`: the callback stays in this frame; the host relays other frames' `emit`s here. */
function subscribe(data: unknown): { unsubscribe: () => void } {
  const { event, callback } = (data ?? {}) as { event?: string; callback?: AppEventListener };
  if (!event || typeof callback !== 'function') return { unsubscribe: () => undefined };
  const listeners = appEventListeners.get(event) ?? new Set<AppEventListener>();
  listeners.add(callback);
  appEventListeners.set(event, listeners);
  return { unsubscribe: () => listeners.delete(callback) };
}

/** An app event another surface emitted, relayed by the host page. */
export function deliverAppEvent(event: string, payload: unknown): void {
  appEventListeners.get(event)?.forEach((listener) => listener(payload));
}

function memoryHistory() {
  const listeners: Array<(location: unknown) => void> = [];
  const history = {
    location: { pathname: '/', search: '', hash: '', state: undefined as unknown },
    action: 'POP',
    listen: (listener: (location: unknown) => void) => {
      listeners.push(listener);
      return () => undefined;
    },
    push: (path: string, state?: unknown) => {
      history.location = { pathname: path, search: '', hash: '', state };
      listeners.forEach((l) => l(history.location));
    },
    replace: (path: string, state?: unknown) => history.push(path, state),
    go: () => undefined,
    back: () => undefined,
    forward: () => undefined,
  };
  return history;
}

/**
 * The commands @forge/bridge and @forge/react send through `callBridge`, answered the way
 * Jira's host does (or as close as a single local page can).
 */
export function bridgeCommands(config: FrameConfig, reconcile: (data: unknown) => void): Record<string, Command> {
  const notify =
    (cmd: string): Command =>
    (data) =>
      toParent(config, cmd, data);
  return {
    reconcile: (data) => {
      reconcile(data);
      return undefined;
    },
    getContext: () => productContext(config),
    invoke: (data) => invoke(config, data),
    showFlag: notify('showFlag'),
    closeFlag: notify('closeFlag'),
    close: notify('close'),
    submit: notify('close'),
    open: notify('open'),
    navigate: notify('navigate'),
    resize: notify('resize'),
    openModal: notify('openModal'),
    emit: notify('emit'),
    on: (data) => subscribe(data),
    reload: () => {
      window.location.reload();
      return true;
    },
    refresh: () => {
      window.location.reload();
      return true;
    },
    getUrl: (data) => new URL(String((data as { url?: string } | undefined)?.url ?? '/'), config.siteUrl).toString(),
    createHistory: () => memoryHistory(),
    onError: (data) => {
      console.error('UI Kit reported an error', data);
      return undefined;
    },
    enableTheming: () => true,
    emitReadyEvent: () => true,
    changeWindowTitle: () => true,
  };
}
