import { JiraHttpError } from './http-types';

/** A fault that answers the next `remaining` requests instead of the emulator. */
interface CountedFault {
  remaining: number;
  toError: () => JiraHttpError;
}

const SERVER_ERROR_MESSAGES: Record<500 | 502 | 503, string> = {
  500: 'Internal server error.',
  502: 'Bad gateway.',
  503: 'Service unavailable. Please try again later.',
};

/** Switches that make the emulator misbehave the way Jira Cloud does under load; tests flip them. */
export class FaultSwitch {
  private counted: CountedFault[] = [];
  private delayMs = 0;

  /** Next `count` requests: 429 with `Retry-After` (seconds), as Jira's rate limiter answers. */
  rateLimit({ count, retryAfterSeconds }: { count: number; retryAfterSeconds: number }): void {
    this.push(count, () => rateLimitError({ 'Retry-After': String(retryAfterSeconds) }));
  }

  /** Next `count` requests: 429 carrying only `X-RateLimit-Reset`, the case where Retry-After is missing. */
  rateLimitResetOnly({ count, resetAt }: { count: number; resetAt: Date | string }): void {
    const iso = typeof resetAt === 'string' ? resetAt : resetAt.toISOString();
    this.push(count, () => rateLimitError({ 'X-RateLimit-Reset': iso }));
  }

  serverError({ count, status }: { count: number; status: 500 | 502 | 503 }): void {
    this.push(count, () => new JiraHttpError(status, [SERVER_ERROR_MESSAGES[status]]));
  }

  /** Every request waits `ms` before being answered, until `clear()`. */
  slow({ ms }: { ms: number }): void {
    this.delayMs = ms;
  }

  clear(): void {
    this.counted = [];
    this.delayMs = 0;
  }

  get slowMs(): number {
    return this.delayMs;
  }

  /** Consumes one request from the oldest pending fault; undefined when the request should go through. */
  takeFault(): JiraHttpError | undefined {
    const fault = this.counted[0];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.counted.shift();
    return fault.toError();
  }

  private push(count: number, toError: () => JiraHttpError): void {
    if (count > 0) this.counted.push({ remaining: count, toError });
  }
}

function rateLimitError(headers: Record<string, string>): JiraHttpError {
  return new JiraHttpError(429, ['Rate limit exceeded.'], {}, { ...headers, 'RateLimit-Reason': 'jira-burst-based' });
}
