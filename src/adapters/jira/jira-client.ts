import type { APIResponse, RequestInit, RequestProductMethod, Route } from '@forge/api';
import type { z } from 'zod';

/** `api.asUser().requestJira` or `api.asApp().requestJira`. */
export type RequestJira = RequestProductMethod;
type Response = APIResponse;

/** Jira answered with an error, or could not be reached after the retries. */
export class JiraError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly path: string,
  ) {
    super(message);
    this.name = 'JiraError';
  }
}

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

const RETRIABLE = new Set([429, 500, 502, 503, 504]);

/**
 * A thin client over requestJira: JSON in and out, schema-checked responses, and the backoff
 * Jira asks for (`requestJira` never retries by itself): Retry-After, else X-RateLimit-Reset,
 * else capped exponential backoff with jitter, a bounded number of times.
 */
export class JiraClient {
  private readonly policy: RetryPolicy;

  constructor(
    private readonly requestJira: RequestJira,
    policy: Partial<RetryPolicy> = {},
  ) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...policy };
  }

  async get<S extends z.ZodType>(route: Route, schema: S): Promise<z.infer<S>> {
    return this.parse(route, schema, await this.send(route, { method: 'GET' }));
  }

  async post<S extends z.ZodType>(route: Route, body: unknown, schema: S): Promise<z.infer<S>> {
    return this.parse(route, schema, await this.send(route, jsonInit('POST', body)));
  }

  async put(route: Route, body: unknown): Promise<number> {
    return (await this.send(route, jsonInit('PUT', body))).status;
  }

  /** Sends with retries; any final status other than 2xx becomes a JiraError. */
  async send(route: Route, init: RequestInit): Promise<Response> {
    for (let attempt = 0; ; attempt += 1) {
      const response = await this.requestJira(route, { ...init, headers: { Accept: 'application/json', ...init.headers } });
      if (response.ok) return response;
      if (!RETRIABLE.has(response.status) || attempt >= this.policy.maxRetries) {
        throw await errorFrom(response, route.value, attempt);
      }
      await this.policy.sleep(this.delayMs(response, attempt));
    }
  }

  private delayMs(response: Response, attempt: number): number {
    const retryAfter = Number(response.headers.get('Retry-After'));
    if (response.headers.get('Retry-After') !== null && Number.isFinite(retryAfter)) {
      return Math.min(retryAfter * 1000, this.policy.maxDelayMs);
    }
    const resetAt = Date.parse(response.headers.get('X-RateLimit-Reset') ?? '');
    if (Number.isFinite(resetAt)) return clamp(resetAt - this.policy.now(), 0, this.policy.maxDelayMs);
    const exponential = Math.min(this.policy.baseDelayMs * 2 ** attempt, this.policy.maxDelayMs);
    return Math.round(exponential / 2 + (this.policy.random() * exponential) / 2);
  }

  private async parse<S extends z.ZodType>(route: Route, schema: S, response: Response): Promise<z.infer<S>> {
    const text = await response.text();
    const result = schema.safeParse(text === '' ? undefined : JSON.parse(text));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new JiraError(
        `Jira's answer to ${pathOnly(route.value)} had an unexpected shape at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
        502,
        route.value,
      );
    }
    return result.data;
  }
}

function jsonInit(method: string, body: unknown): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
}

async function errorFrom(response: Response, path: string, retries: number): Promise<JiraError> {
  const detail = await jiraMessage(response);
  const retried = retries > 0 ? ` after ${retries} retries` : '';
  return new JiraError(`Jira answered ${response.status} to ${pathOnly(path)}${retried}${detail ? `: ${detail}` : ''}`, response.status, path);
}

/** Jira's error shape is `{ errorMessages: [], errors: { field: message } }`. */
async function jiraMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errorMessages?: unknown; errors?: unknown };
    const messages = Array.isArray(body.errorMessages) ? body.errorMessages.map(String) : [];
    const fields = body.errors && typeof body.errors === 'object' ? Object.values(body.errors).map(String) : [];
    return [...messages, ...fields].join(' ');
  } catch {
    return '';
  }
}

function pathOnly(path: string): string {
  return path.split('?')[0] ?? path;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
