import { randomUUID } from 'node:crypto';
import { currentScope } from './invocation-scope';
import type { FetchDescriptor } from './forge-fetch';

/** What one local runtime puts behind the process-wide Forge globals. */
export interface RuntimeBinding {
  appId: string;
  environmentId: string;
  installationId: string;
  cloudId: string;
  appCodeDir: string;
  fetch(descriptor: FetchDescriptor, path: string, init?: RequestInit): Promise<Response>;
}

const MARKER = Symbol.for('local-forge.runtime');
type ForgeGlobal = typeof globalThis & {
  __forge_runtime__?: unknown;
  __forge_fetch__?: (descriptor: FetchDescriptor, path: string, init?: RequestInit) => Promise<Response>;
};

let active: RuntimeBinding | undefined;

function requireActive(): RuntimeBinding {
  if (!active) throw new Error('No local Forge runtime is active (closed already?)');
  return active;
}

const noopTimer = { stop: (): void => undefined };
const metrics = {
  counter: () => ({ incr: (): void => undefined, decr: (): void => undefined }),
  timing: () => ({ measure: () => noopTimer }),
  gauge: () => ({ set: (): void => undefined }),
};

// Getters read the active runtime and invocation, so the globals are installed once per process
// while tests can create and close runtimes freely.
function createRuntimeGlobal(): object {
  return {
    [MARKER]: true,
    proxy: { token: 'local-forge-token', url: 'http://local-forge.invalid' },
    metrics,
    externalAuth: [],
    tracing: { traceId: randomUUID().replace(/-/g, ''), spanId: randomUUID().slice(0, 16) },
    get contextAri() {
      return `ari:cloud:jira::site/${requireActive().cloudId}`;
    },
    get container() {
      return { appCodeDir: requireActive().appCodeDir };
    },
    get appContext() {
      return appContext(requireActive());
    },
    lambdaContext: {
      getRemainingTimeInMillis: (): number => Math.max(0, (currentScope()?.deadlineMs ?? Date.now() + 25_000) - Date.now()),
    },
  };
}

function appContext(binding: RuntimeBinding) {
  const scope = currentScope();
  return {
    appId: binding.appId,
    appVersion: '1.0.0',
    environmentId: binding.environmentId,
    environmentType: 'DEVELOPMENT',
    invocationId: scope?.invocationId ?? 'outside-invocation',
    installationId: binding.installationId,
    moduleKey: scope?.moduleKey ?? '',
    license: undefined,
    installation: undefined,
    permissions: { scopes: [], external: {} },
  };
}

/** Installs `__forge_runtime__`/`__forge_fetch__` (once) and makes `binding` the one they serve. */
export function bindForgeGlobals(binding: RuntimeBinding): () => void {
  const g = globalThis as ForgeGlobal;
  const runtime = g.__forge_runtime__ as Record<symbol, unknown> | undefined;
  if (!runtime?.[MARKER]) {
    g.__forge_runtime__ = createRuntimeGlobal();
    g.__forge_fetch__ = (descriptor, path, init) => requireActive().fetch(descriptor, path, init);
  }
  active = binding;
  return () => {
    if (active === binding) active = undefined;
  };
}
