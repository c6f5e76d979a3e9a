import type { JiraRequest, JiraResponse, JiraTransport } from './jira-transport';

export interface HttpJiraConfig {
  baseUrl: string;
  email: string;
  apiToken: string;
}

/** Reads `JIRA_BASE_URL`, `JIRA_EMAIL`, `JIRA_API_TOKEN`; undefined unless all three are set. */
export function httpJiraConfigFromEnv(env: NodeJS.ProcessEnv = process.env): HttpJiraConfig | undefined {
  const { JIRA_BASE_URL: baseUrl, JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken } = env;
  return baseUrl && email && apiToken ? { baseUrl: baseUrl.replace(/\/+$/, ''), email, apiToken } : undefined;
}

/**
 * A real Jira Cloud site over HTTPS with basic auth (an API token). Basic auth is one account,
 * so `asUser()` and `asApp()` calls both run as that account: permissions differ from Forge's.
 */
export class HttpJiraTransport implements JiraTransport {
  readonly description: string;
  private readonly authorization: string;

  constructor(private readonly config: HttpJiraConfig) {
    this.description = `Jira Cloud at ${config.baseUrl} as ${config.email}`;
    this.authorization = `Basic ${Buffer.from(`${config.email}:${config.apiToken}`).toString('base64')}`;
  }

  async request(req: JiraRequest): Promise<JiraResponse> {
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers, authorization: this.authorization };
    const init: RequestInit = { method: req.method, headers };
    if (req.body !== undefined) {
      init.body = req.body;
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${this.config.baseUrl}${req.path}`, init);
    const text = await response.text();
    return { status: response.status, headers: Object.fromEntries(response.headers.entries()), body: parseBody(text) };
  }
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
