import type { JiraRequest, JiraResponse, JiraTransport } from '../local/runtime/jira/jira-transport';

/** A Jira answer as the app received it: the body text is what the app had to parse. */
export interface RecordedResponse {
  method: string;
  path: string;
  requestBody?: string;
  status: number;
  body: string;
}

/**
 * Wraps the transport handed to createLocalForge: counts requests, calls `onRequest` (the heap
 * sampler) and, while recording, keeps every answer so the parse floor can be measured on the
 * very bodies a surface needed.
 */
export class RecordingTransport implements JiraTransport {
  readonly description: string;
  requests = 0;
  /** Time spent inside the wrapped transport (the emulator answering), summed over requests. */
  busyMs = 0;
  private recorded: RecordedResponse[] | undefined;

  constructor(
    private readonly inner: JiraTransport,
    private readonly onRequest: () => void,
  ) {
    this.description = `recording ${inner.description}`;
  }

  async request(req: JiraRequest): Promise<JiraResponse> {
    this.requests += 1;
    this.onRequest();
    const start = performance.now();
    const response = await this.inner.request(req);
    this.busyMs += performance.now() - start;
    this.recorded?.push({
      method: req.method,
      path: req.path,
      ...(req.body === undefined ? {} : { requestBody: req.body }),
      status: response.status,
      body: bodyText(response.body),
    });
    return response;
  }

  /** Runs `fn` and returns what it answered along with every Jira answer it caused. */
  async record<T>(fn: () => Promise<T>): Promise<{ value: T; responses: RecordedResponse[] }> {
    const responses: RecordedResponse[] = [];
    this.recorded = responses;
    try {
      return { value: await fn(), responses };
    } finally {
      this.recorded = undefined;
    }
  }
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  return typeof body === 'string' ? body : JSON.stringify(body);
}
