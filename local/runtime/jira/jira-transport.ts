/** A Jira REST request as the app made it; `accountId` undefined means "as the app". */
export interface JiraRequest {
  method: string;
  /** Path and query, e.g. `/rest/api/3/issue/OKR-1?fields=summary`. */
  path: string;
  /** The body exactly as the app sent it (JSON text for Jira's REST API). */
  body?: string;
  headers: Record<string, string>;
  accountId?: string;
}

export interface JiraResponse {
  status: number;
  headers?: Record<string, string>;
  /** Response text, or a JSON value to serialise. */
  body?: unknown;
}

/** Where `requestJira` calls go: the in-process emulator or a real Jira Cloud site. */
export interface JiraTransport {
  readonly description: string;
  request(req: JiraRequest): Promise<JiraResponse>;
}
