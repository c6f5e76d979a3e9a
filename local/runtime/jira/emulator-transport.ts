import type { JiraRequest, JiraResponse, JiraTransport } from './jira-transport';

/** What the runtime needs of local/jira-emulator's `JiraEmulator`. */
export interface EmulatorLike {
  handle(req: { method: string; path: string; body?: string; accountId?: string }): Promise<JiraResponse>;
}

/** Sends product fetches to the in-process Jira emulator, with the acting user's account id. */
export class EmulatorTransport implements JiraTransport {
  readonly description = 'in-process Jira emulator';

  constructor(private readonly emulator: EmulatorLike) {}

  request(req: JiraRequest): Promise<JiraResponse> {
    const call: { method: string; path: string; body?: string; accountId?: string } = {
      method: req.method,
      path: req.path,
    };
    if (req.body !== undefined) call.body = req.body;
    if (req.accountId !== undefined) call.accountId = req.accountId;
    return this.emulator.handle(call);
  }
}
