/**
 * @forge/bridge looks for `globalThis.__bridge` when it is imported (as @forge/react does):
 * this stub forwards to whatever `setupBridge()` of @forge/react's test utils installs later.
 * Import it before @forge/react.
 */
const forwarding = {
  callBridge: (cmd: string, data?: unknown): Promise<unknown> => {
    const target = (globalThis as { self?: { __bridge?: { callBridge(c: string, d?: unknown): unknown } } }).self?.__bridge;
    return Promise.resolve(target && target !== forwarding ? target.callBridge(cmd, data) : undefined);
  },
};

(globalThis as { __bridge?: unknown }).__bridge = forwarding;

export {};
