import { DEFAULT_STATUS_IDS } from './jira-catalog';
import type { SiteBoard, SiteData, SiteIssue, SiteProject, SiteSprint, SiteUser } from './site-data';
import { SearchIndex } from './search-index';

/** The emulator's mutable copy of a site, with lookups by the ids and keys Jira accepts. */
export class SiteStore {
  readonly users: SiteUser[];
  readonly projects: SiteProject[];
  readonly boards: SiteBoard[];
  readonly storyPointFields: SiteData['storyPointFields'];
  readonly sprintFieldId: string;
  readonly searchIndex: SearchIndex;
  private readonly sprints = new Map<number, SiteSprint>();
  private readonly issues = new Map<string, SiteIssue>();
  private readonly keyById = new Map<string, string>();
  private readonly statusIds = new Map<string, string>(Object.entries(DEFAULT_STATUS_IDS));

  constructor(site: SiteData, consistencyLagMs: number, now: () => Date) {
    // A deep copy: the emulator mutates issues and sprints, the caller's dataset must stay as written.
    const copy = structuredClone(site);
    this.users = copy.users;
    this.projects = copy.projects;
    this.boards = copy.boards;
    this.storyPointFields = copy.storyPointFields;
    this.sprintFieldId = copy.sprintFieldId;
    copy.sprints.forEach((sprint) => this.sprints.set(sprint.id, sprint));
    copy.issues.forEach((issue) => this.addIssue(issue));
    this.searchIndex = new SearchIndex(consistencyLagMs, now);
    copy.issues.forEach((issue) => this.searchIndex.seed(issue.id, issue.properties));
  }

  findIssue(idOrKey: string): SiteIssue | undefined {
    const key = this.keyById.get(idOrKey) ?? idOrKey.toUpperCase();
    return this.issues.get(key);
  }

  /** All issues in creation order (ascending numeric id), the order Jira ranks them by default. */
  listIssues(): SiteIssue[] {
    return [...this.issues.values()].sort((a, b) => Number(a.id) - Number(b.id));
  }

  findProject(idOrKey: string): SiteProject | undefined {
    const wanted = idOrKey.toUpperCase();
    return this.projects.find((project) => project.id === idOrKey || project.key.toUpperCase() === wanted);
  }

  getProject(key: string): SiteProject {
    const project = this.findProject(key);
    if (!project) throw new Error(`dataset error: no project ${key}`);
    return project;
  }

  findBoard(id: number): SiteBoard | undefined {
    return this.boards.find((board) => board.id === id);
  }

  findSprint(id: number): SiteSprint | undefined {
    return this.sprints.get(id);
  }

  listSprints(boardId?: number): SiteSprint[] {
    const all = [...this.sprints.values()].sort((a, b) => a.id - b.id);
    return boardId === undefined ? all : all.filter((sprint) => sprint.boardId === boardId);
  }

  addSprint(sprint: Omit<SiteSprint, 'id'>): SiteSprint {
    const id = Math.max(0, ...this.sprints.keys()) + 1;
    const created: SiteSprint = { id, ...sprint };
    this.sprints.set(id, created);
    return created;
  }

  findUser(accountId: string): SiteUser | undefined {
    return this.users.find((user) => user.accountId === accountId);
  }

  findUserByEmail(email: string): SiteUser | undefined {
    const wanted = email.toLowerCase();
    return this.users.find((user) => user.emailAddress.toLowerCase() === wanted);
  }

  /** Status ids are stable per name: the default workflow's ids first, then 10002, 10003... */
  statusId(name: string): string {
    const known = this.statusIds.get(name);
    if (known) return known;
    const id = String(10002 + this.statusIds.size - Object.keys(DEFAULT_STATUS_IDS).length);
    this.statusIds.set(name, id);
    return id;
  }

  /** Every status name in use or in the default workflow, with its id. */
  listStatuses(): { id: string; name: string }[] {
    this.listIssues().forEach((issue) => this.statusId(issue.status.name));
    return [...this.statusIds].map(([name, id]) => ({ id, name }));
  }

  private addIssue(issue: SiteIssue): void {
    this.issues.set(issue.key.toUpperCase(), issue);
    this.keyById.set(issue.id, issue.key.toUpperCase());
  }
}
