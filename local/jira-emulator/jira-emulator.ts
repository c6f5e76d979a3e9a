import type { IssueEventListener } from './issue-event';
import { Access } from './access';
import { FaultSwitch } from './faults';
import { type EmulatorRequest, type EmulatorResponse, JiraHttpError, errorResponse } from './http-types';
import { Router } from './router';
import type { EmulatorCore } from './route-types';
import { boardRoutes } from './routes/board-routes';
import { issueRoutes } from './routes/issue-routes';
import { metaRoutes } from './routes/meta-routes';
import { propertyRoutes } from './routes/property-routes';
import { searchRoutes } from './routes/search-routes';
import { sprintRoutes } from './routes/sprint-routes';
import type { SiteBoard, SiteData, SiteIssue, SiteProject, SiteSprint, SiteUser } from './site-data';
import { SiteStore } from './site-store';
import type { SprintEvent, SprintEventListener } from './sprint-event';
import { TaskStore } from './task-store';

export interface JiraEmulatorOptions {
  /** searchAlias -> 'propertyKey.path', e.g. from `searchAliasesFromManifest(manifest.yml)`. */
  searchAliases?: Record<string, string>;
  /** How long a property write stays invisible to JQL search; 0 (default) means consistent. */
  consistencyLagMs?: number;
  now?: () => Date;
  /** Base of every `self` URL in answers. */
  baseUrl?: string;
}

const ROUTER = new Router([...searchRoutes, ...issueRoutes, ...propertyRoutes, ...metaRoutes, ...boardRoutes, ...sprintRoutes]);

/** An in-memory Jira Cloud site answering the REST paths, shapes and status codes of the real one. */
export class JiraEmulator {
  readonly faults = new FaultSwitch();
  readonly requestLog: EmulatorRequest[] = [];
  private readonly listeners = new Set<SprintEventListener>();
  private readonly issueListeners = new Set<IssueEventListener>();
  private changelogIds = 10000;
  private readonly core: EmulatorCore;

  constructor(site: SiteData, options: JiraEmulatorOptions = {}) {
    const now = options.now ?? (() => new Date());
    const store = new SiteStore(site, options.consistencyLagMs ?? 0, now);
    this.core = {
      store,
      baseUrl: options.baseUrl ?? 'https://emulated-site.atlassian.net',
      now,
      searchAliases: options.searchAliases ?? {},
      tasks: new TaskStore(),
      emitSprintEvent: (event) => this.emit(event),
      emitIssueEvent: (event) => this.issueListeners.forEach((listener) => listener(structuredClone(event))),
      nextChangelogId: () => String(++this.changelogIds),
    };
  }

  async handle(request: EmulatorRequest): Promise<EmulatorResponse> {
    this.requestLog.push({ ...request });
    if (this.faults.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, this.faults.slowMs));
    const fault = this.faults.takeFault();
    if (fault) return errorResponse(fault);
    try {
      const url = new URL(request.path, 'http://emulator.invalid');
      const { route, params } = ROUTER.match(request.method, url.pathname);
      return await route.handle({
        core: this.core,
        access: new Access(request.accountId),
        method: request.method.toUpperCase(),
        params,
        query: url.searchParams,
        body: request.body,
      });
    } catch (error) {
      if (error instanceof JiraHttpError) return errorResponse(error);
      // A bug in the emulator: answer like a failing Jira instead of tearing down the host server.
      return errorResponse(new JiraHttpError(500, [`Jira emulator failure: ${String(error)}`]));
    }
  }

  /** Subscribes to sprint events fired by REST changes; returns the unsubscribe function. */
  /** Fired when an issue changes through the REST API (today: status transitions). */
  onIssueEvent(listener: IssueEventListener): () => void {
    this.issueListeners.add(listener);
    return () => this.issueListeners.delete(listener);
  }

  onSprintEvent(listener: SprintEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clearRequestLog(): void {
    this.requestLog.length = 0;
  }

  get baseUrl(): string {
    return this.core.baseUrl;
  }

  listUsers(): SiteUser[] {
    return structuredClone(this.core.store.users);
  }

  findUserByEmail(email: string): SiteUser | undefined {
    return this.core.store.findUserByEmail(email);
  }

  listProjects(): SiteProject[] {
    return structuredClone(this.core.store.projects);
  }

  listBoards(): SiteBoard[] {
    return structuredClone(this.core.store.boards);
  }

  listSprints(boardId?: number): SiteSprint[] {
    return structuredClone(this.core.store.listSprints(boardId));
  }

  listIssues(): SiteIssue[] {
    return structuredClone(this.core.store.listIssues());
  }

  /** A snapshot of the issue as stored now (always consistent), or undefined. */
  findIssue(idOrKey: string): SiteIssue | undefined {
    const issue = this.core.store.findIssue(idOrKey);
    return issue && structuredClone(issue);
  }

  getIssue(idOrKey: string): SiteIssue {
    const issue = this.findIssue(idOrKey);
    if (!issue) throw new Error(`No issue ${idOrKey} on the emulated site`);
    return issue;
  }

  private emit(event: SprintEvent): void {
    this.listeners.forEach((listener) => listener(structuredClone(event)));
  }
}
