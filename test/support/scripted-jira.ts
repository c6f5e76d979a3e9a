import type { APIResponse, RequestInit, Route } from '@forge/api';

export interface ScriptedAnswer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A requestJira stand-in that answers from a script, in order, and records each request.
 * For client behaviour tests (paging, retries); adapter behaviour is tested against the emulator.
 */
export function scriptedJira(answers: ScriptedAnswer[]) {
  const requests: { path: string; method: string; body?: unknown }[] = [];
  const requestJira = async (route: Route, init?: RequestInit): Promise<APIResponse> => {
    requests.push({ path: route.value, method: init?.method ?? 'GET', ...(typeof init?.body === 'string' ? { body: JSON.parse(init.body) as unknown } : {}) });
    const answer = answers.shift();
    if (!answer) throw new Error(`No scripted answer left for ${route.value}`);
    return response(answer);
  };
  return { requestJira, requests };
}

function response({ status = 200, body, headers = {} }: ScriptedAnswer): APIResponse {
  const text = body === undefined ? '' : JSON.stringify(body);
  const lower = new Map(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: String(status),
    headers: {
      get: (name: string) => lower.get(name.toLowerCase()) ?? null,
      has: (name: string) => lower.has(name.toLowerCase()),
      append() {},
      delete() {},
      set() {},
    } as unknown as APIResponse['headers'],
    json: async () => JSON.parse(text) as unknown,
    text: async () => text,
    arrayBuffer: async () => new TextEncoder().encode(text).buffer,
  };
}
