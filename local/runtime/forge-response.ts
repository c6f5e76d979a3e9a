/**
 * Builds the `Response` objects the Forge packages read (status, headers.get, json(), text()).
 * Node's own `Response` is used so `ok`, `statusText` and body rules match the platform's fetch.
 */
export interface RawResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  return JSON.stringify(body);
}

function hasNullBodyStatus(status: number): boolean {
  return status === 204 || status === 205 || status === 304;
}

export function toFetchResponse(raw: RawResponse): Response {
  const text = hasNullBodyStatus(raw.status) ? undefined : bodyText(raw.body);
  const headers = new Headers(raw.headers ?? {});
  if (text !== undefined && typeof raw.body !== 'string' && !headers.has('content-type')) {
    headers.set('content-type', 'application/json');
  }
  return new Response(text ?? null, {
    status: raw.status,
    statusText: STATUS_TEXT[raw.status] ?? '',
    headers,
  });
}

export function jsonResponse(status: number, body?: unknown): Response {
  return toFetchResponse({ status, body });
}

/** Reads a fetch `init.body` the way a server would: JSON when it parses, the raw string otherwise. */
export function parseRequestBody(body: unknown): unknown {
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'string') return body;
  if (body === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}
