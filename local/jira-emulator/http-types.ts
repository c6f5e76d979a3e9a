/** The emulator's transport-neutral request and response, shared by `handle()` and the HTTP adapter. */

export interface EmulatorRequest {
  method: string;
  /** Path plus query, e.g. '/rest/api/3/search/jql?jql=...', without any '/jira' mount prefix. */
  path: string;
  body?: string;
  /** The acting user; undefined means the app itself (asApp), which may see and edit everything. */
  accountId?: string;
}

export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Thrown by handlers to answer with Jira's error shape; caught once in the emulator. */
export class JiraHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: string[],
    readonly errors: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(errorMessages.join('; ') || Object.values(errors).join('; '));
  }
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers: { 'content-type': 'application/json;charset=UTF-8', ...headers }, body: JSON.stringify(body) };
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers, body: '' };
}

export function errorResponse(error: JiraHttpError): EmulatorResponse {
  return jsonResponse(error.status, { errorMessages: error.errorMessages, errors: error.errors }, error.headers);
}

export function badRequest(message: string): JiraHttpError {
  return new JiraHttpError(400, [message]);
}

export function notFound(message: string): JiraHttpError {
  return new JiraHttpError(404, [message]);
}

export function forbidden(message: string): JiraHttpError {
  return new JiraHttpError(403, [message]);
}
