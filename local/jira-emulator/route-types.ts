import type { IssueUpdatedEvent } from './issue-event';
import type { Access } from './access';
import type { EmulatorResponse } from './http-types';
import type { SiteStore } from './site-store';
import type { SprintEvent } from './sprint-event';
import type { TaskStore } from './task-store';

/** What handlers share: the site, the clock and the outlets for side effects. */
export interface EmulatorCore {
  store: SiteStore;
  baseUrl: string;
  now: () => Date;
  searchAliases: Record<string, string>;
  tasks: TaskStore;
  emitSprintEvent: (event: SprintEvent) => void;
  emitIssueEvent: (event: IssueUpdatedEvent) => void;
  nextChangelogId: () => string;
}

export interface RouteRequest {
  core: EmulatorCore;
  access: Access;
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: string | undefined;
}

export type RouteHandler = (request: RouteRequest) => EmulatorResponse | Promise<EmulatorResponse>;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A Jira path template such as '/rest/api/3/issue/{issueIdOrKey}'. */
  pattern: string;
  handle: RouteHandler;
}
