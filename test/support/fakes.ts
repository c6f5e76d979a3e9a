import type { CheckIn } from '../../src/domain/check-in';
import type { KeyResult } from '../../src/domain/key-result';
import type { Objective } from '../../src/domain/objective';
import type { ClosedSprint, LedgerEntry } from '../../src/domain/sprint-ledger';
import type { WorkIssue } from '../../src/domain/work-rollup';
import type { OkrLinksV1 } from '../../src/shared/issue-property';
import type { AppDeps } from '../../src/use-cases/app-deps';
import type { JiraUser, JiraWork, ProjectPermissions, ScopedWork, SprintInfo } from '../../src/use-cases/ports/jira-work';
import type { LedgerRepository, SprintCloseRecord } from '../../src/use-cases/ports/ledger-repository';
import type { OkrRepository } from '../../src/use-cases/ports/okr-repository';
import type { ProgressSnapshots, WorkSnapshot } from '../../src/use-cases/ports/progress-snapshots';
import { NotFoundError } from '../../src/domain/domain-error';

/** In-memory fakes of the ports, for use-case tests. They keep state; tests assert on it. */

export class InMemoryOkrRepository implements OkrRepository {
  readonly objectives = new Map<string, Objective>();
  readonly keyResults = new Map<string, KeyResult>();
  readonly checkIns: CheckIn[] = [];

  async listObjectives() {
    return [...this.objectives.values()];
  }
  async findObjective(id: string) {
    return this.objectives.get(id);
  }
  async listKeyResults() {
    return [...this.keyResults.values()];
  }
  async findKeyResult(id: string) {
    return this.keyResults.get(id);
  }
  async findKeyResults(ids: readonly string[]) {
    return new Map(ids.flatMap((id) => (this.keyResults.has(id) ? [[id, this.keyResults.get(id) as KeyResult] as const] : [])));
  }
  async findObjectives(ids: readonly string[]) {
    return new Map(ids.flatMap((id) => (this.objectives.has(id) ? [[id, this.objectives.get(id) as Objective] as const] : [])));
  }
  async saveObjective(objective: Objective) {
    this.objectives.set(objective.id, objective);
  }
  async saveKeyResult(keyResult: KeyResult) {
    this.keyResults.set(keyResult.id, keyResult);
  }
  async saveCheckIn(keyResult: KeyResult, checkIn: CheckIn) {
    this.keyResults.set(keyResult.id, keyResult);
    this.checkIns.push(checkIn);
  }
  async listCheckIns(keyResultId: string) {
    return this.checkIns.filter((checkIn) => checkIn.keyResultId === keyResultId).sort((a, b) => a.atIso.localeCompare(b.atIso));
  }
  async deleteKeyResult(id: string) {
    this.keyResults.delete(id);
    this.checkIns.splice(0, this.checkIns.length, ...this.checkIns.filter((checkIn) => checkIn.keyResultId !== id));
  }
  async deleteObjective(id: string) {
    for (const keyResult of [...this.keyResults.values()].filter((kr) => kr.objectiveId === id)) await this.deleteKeyResult(keyResult.id);
    this.objectives.delete(id);
  }
}

export class InMemoryLedger implements LedgerRepository {
  readonly records = new Map<string, SprintCloseRecord>();
  readonly entries = new Map<string, LedgerEntry>();

  async findSprintClose(sprintId: string) {
    return this.records.get(sprintId);
  }
  async recordSprintClose(sprint: ClosedSprint, entries: LedgerEntry[], recordedAtIso: string) {
    for (const key of [...this.entries.keys()].filter((key) => key.startsWith(`${sprint.id}:`))) this.entries.delete(key);
    for (const entry of entries) this.entries.set(`${sprint.id}:${entry.keyResultId}`, entry);
    this.records.set(sprint.id, {
      sprintId: sprint.id,
      completeDateIso: sprint.completeDateIso,
      keyResultIds: entries.map((e) => e.keyResultId),
      recordedAtIso,
    });
  }
  async listEntries(objectiveIds: readonly string[]) {
    return [...this.entries.values()].filter((entry) => objectiveIds.includes(entry.objectiveId));
  }
}

export class InMemorySnapshots implements ProgressSnapshots {
  readonly stored = new Map<string, WorkSnapshot>();
  async getMany(ids: readonly string[]) {
    return new Map(ids.flatMap((id) => (this.stored.has(id) ? [[id, this.stored.get(id) as WorkSnapshot] as const] : [])));
  }
  async putMany(snapshots: readonly WorkSnapshot[]) {
    for (const snapshot of snapshots) this.stored.set(snapshot.keyResultId, snapshot);
  }
}

/** A site's issues, sprints and permissions as the acting user sees them. */
export class FakeJiraWork implements JiraWork {
  readonly issues = new Map<string, WorkIssue>();
  readonly sprints = new Map<string, SprintInfo & { issueKeys: string[] }>();
  readonly backlog: string[] = [];
  permissions: ProjectPermissions = { browse: true, edit: true };
  /** Projects the acting user cannot browse (beyond `permissions`, which applies to the surface's project). */
  readonly hiddenProjects = new Set<string>();
  /** Permissions in other projects than the surface's, by key. */
  readonly projectPermissions = new Map<string, ProjectPermissions>();
  readonly users: JiraUser[] = [
    { accountId: 'user-alex', displayName: 'Alex Rivera' },
    { accountId: 'user-sam', displayName: 'Sam Chen' },
  ];

  constructor(issues: WorkIssue[] = []) {
    for (const issue of issues) this.issues.set(issue.key, issue);
  }

  async getProjectPermissions(projectKey: string): Promise<ProjectPermissions> {
    return this.projectPermissions.get(projectKey) ?? this.permissions;
  }
  async filterBrowsableProjects(projectKeys: readonly string[]) {
    return new Set(projectKeys.filter((key) => !this.hiddenProjects.has(key)));
  }
  async getIssueWithEpic(issueKey: string) {
    const issue = this.visible(issueKey);
    const parent = issue.parentKey ? this.issues.get(issue.parentKey) : undefined;
    return { issue, ...(parent?.isEpic ? { epic: parent } : {}) };
  }
  async listLinkedWork(keyResultIds: readonly string[]) {
    const all = [...this.issues.values()];
    const linked = all.filter((issue) => issue.krIds.some((id) => keyResultIds.includes(id)));
    const epics = new Set(linked.filter((issue) => issue.isEpic).map((issue) => issue.key));
    const children = all.filter((issue) => issue.parentKey && epics.has(issue.parentKey) && !linked.includes(issue));
    return [...linked, ...children];
  }
  async listSprintWork(sprintId: string): Promise<ScopedWork> {
    return this.scoped(this.sprints.get(sprintId)?.issueKeys ?? []);
  }
  async listBacklogWork(): Promise<ScopedWork> {
    return this.scoped(this.backlog);
  }
  async getSprint(sprintId: string): Promise<SprintInfo> {
    const sprint = this.sprints.get(sprintId);
    if (!sprint) throw new NotFoundError(`Sprint ${sprintId} not found`);
    const { issueKeys: _omit, ...info } = sprint;
    return info;
  }
  async writeLinks(issue: { key: string }, links: OkrLinksV1) {
    const current = this.visible(issue.key);
    this.issues.set(issue.key, { ...current, krIds: links.krIds });
  }
  async listUsers(accountIds: readonly string[]) {
    return this.users.filter((user) => accountIds.includes(user.accountId));
  }

  private visible(issueKey: string): WorkIssue {
    const issue = this.issues.get(issueKey);
    if (!issue || !this.permissions.browse) throw new NotFoundError(`Issue ${issueKey} does not exist or you do not have permission to see it.`);
    return issue;
  }
  private scoped(keys: readonly string[]): ScopedWork {
    const issues = keys.flatMap((key) => this.issues.get(key) ?? []);
    const parentKeys = new Set(issues.map((issue) => issue.parentKey).filter((key): key is string => key !== undefined && !keys.includes(key)));
    return { issues, parents: [...parentKeys].flatMap((key) => this.issues.get(key) ?? []) };
  }
}

export interface TestDeps extends AppDeps {
  okrs: InMemoryOkrRepository;
  ledger: InMemoryLedger;
  snapshots: InMemorySnapshots;
  jira: FakeJiraWork;
}

/** Deps with fakes, a fixed clock (2026-11-15) and counting ids. */
export function testDeps(issues: WorkIssue[] = [], now = new Date('2026-11-15T12:00:00.000Z')): TestDeps {
  let counter = 0;
  return {
    okrs: new InMemoryOkrRepository(),
    ledger: new InMemoryLedger(),
    snapshots: new InMemorySnapshots(),
    jira: new FakeJiraWork(issues),
    clock: { now: () => now },
    ids: { next: (prefix) => `${prefix}-${++counter}` },
  };
}
