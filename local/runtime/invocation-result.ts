/** What an invocation returned, or the error Forge would report instead of crashing. */
export type InvocationResult<T = unknown> = { ok: true; value: T; stats: InvocationCounts } | { ok: false; error: InvocationError; stats: InvocationCounts };

export interface InvocationCounts {
  invocationId: string;
  jiraRequests: number;
  kvsRequests: number;
}

export interface InvocationError {
  name: string;
  message: string;
  stack?: string;
}

export function toInvocationError(error: unknown): InvocationError {
  if (error instanceof Error) {
    const result: InvocationError = { name: error.name, message: error.message };
    if (error.stack !== undefined) result.stack = error.stack;
    return result;
  }
  return { name: 'Error', message: String(error) };
}

/** Forge returns resolver results as JSON: functions, undefined fields and class identity are lost. */
export function asJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
