import { route } from '@forge/api';
import type { WorkIssue } from '../../domain/work-rollup';
import type { JiraUser, JiraWork, ProjectPermissions, ScopedWork, SprintInfo } from '../../use-cases/ports/jira-work';
import { OKR_PROPERTY_KEY, type OkrLinksV1 } from '../../shared/issue-property';
import { decodeOkrLinks } from './okr-links-codec';
import { SiteFields } from './site-fields';
import type { JiraClient } from './jira-client';
import { agileIssuePageSchema, issueSchema, permissionsSchema, projectPageSchema, sprintSchema, userPageSchema, type JiraIssue } from './jira-schemas';
import { childrenJql, JQL_VALUES_PER_QUERY, linkedAmongJql, linkedWorkJql } from './linked-work-jql';
import { chunk, searchAllIssues } from './search-issues';
import { type IssueFieldLookup, toWorkIssue, WORK_FIELDS } from './work-issue-mapper';

/** Issue ids whose link property was written moments ago (search may not show them yet). */
export interface RecentLinkWrites {
  list(): Promise<number[]>;
  add(issueId: number): Promise<void>;
}

/** JiraWork over Jira Cloud REST, through one JiraClient (as the user or as the app). */
export class JiraWorkAdapter implements JiraWork {
  private readonly fields: SiteFields;

  constructor(
    private readonly client: JiraClient,
    private readonly recentWrites: RecentLinkWrites,
    fields?: SiteFields,
  ) {
    this.fields = fields ?? new SiteFields(client);
  }

  async getProjectPermissions(projectKey: string): Promise<ProjectPermissions> {
    const answer = await this.client.get(route`/rest/api/3/mypermissions?projectKey=${projectKey}&permissions=BROWSE_PROJECTS,EDIT_ISSUES`, permissionsSchema);
    return {
      browse: answer.permissions['BROWSE_PROJECTS']?.havePermission === true,
      edit: answer.permissions['EDIT_ISSUES']?.havePermission === true,
    };
  }

  async filterBrowsableProjects(projectKeys: readonly string[]): Promise<Set<string>> {
    const browsable = new Set<string>();
    for (const keys of chunk([...new Set(projectKeys)], 50)) {
      const query = new URLSearchParams([['maxResults', '50'], ...keys.map((key) => ['keys', key])]);
      const page = await this.client.get(route`/rest/api/3/project/search?${query}`, projectPageSchema);
      for (const project of page.values) browsable.add(project.key);
    }
    return browsable;
  }

  async getIssueWithEpic(issueKey: string): Promise<{ issue: WorkIssue; epic?: WorkIssue }> {
    const lookup: IssueFieldLookup = { storyPointFieldIds: [], fieldOfProject: () => undefined };
    const issue = await this.getIssue(issueKey);
    const parent = issue.fields?.parent;
    const parentIsEpic = parent?.fields?.issuetype?.hierarchyLevel === 1;
    const epic = parent && parentIsEpic ? toWorkIssue(await this.getIssue(parent.key), lookup) : undefined;
    return { issue: toWorkIssue(issue, lookup), ...(epic ? { epic } : {}) };
  }

  async listLinkedWork(keyResultIds: readonly string[], knownEpicKeys: readonly string[] = []): Promise<WorkIssue[]> {
    if (keyResultIds.length === 0) return [];
    const fields = await this.fieldsToRead();
    const reconcileIssues = await this.recentWrites.list();
    const found = new Map<string, JiraIssue>();
    const read = async (queries: string[]) => {
      for (const jql of queries) {
        for (const issue of await searchAllIssues(this.client, { jql, fields, properties: [OKR_PROPERTY_KEY], reconcileIssues })) found.set(issue.id, issue);
      }
    };
    await read(linkedWorkJql(keyResultIds, knownEpicKeys));
    const known = new Set(knownEpicKeys);
    const newEpics = [...found.values()]
      .filter((issue) => isLinkedEpic(issue) && issue.key !== undefined && !known.has(issue.key))
      .map((issue) => issue.key as string);
    await read(childrenJql(newEpics));
    return this.toWork([...found.values()]);
  }

  async listSprintWork(sprintId: string, boardId?: string): Promise<ScopedWork> {
    const fields = await this.fieldsToRead();
    const reconcileIssues = await this.recentWrites.list();
    const issues = await searchAllIssues(this.client, { jql: `sprint = ${Number(sprintId)}`, fields, properties: [OKR_PROPERTY_KEY], reconcileIssues });
    return this.scoped(issues, fields, boardId);
  }

  async listBacklogWork(boardId: string): Promise<ScopedWork> {
    const ids = await this.backlogIssueIds(boardId);
    const fields = await this.fieldsToRead();
    const issues: JiraIssue[] = [];
    for (const part of chunk(ids, JQL_VALUES_PER_QUERY)) {
      issues.push(...(await searchAllIssues(this.client, { jql: `id in (${part.join(', ')})`, fields, properties: [OKR_PROPERTY_KEY] })));
    }
    return this.scoped(issues, fields, boardId);
  }

  async getSprint(sprintId: string): Promise<SprintInfo> {
    const sprint = await this.client.get(route`/rest/agile/1.0/sprint/${sprintId}`, sprintSchema);
    return {
      id: String(sprint.id),
      name: sprint.name,
      state: sprint.state,
      ...(sprint.originBoardId === undefined ? {} : { boardId: String(sprint.originBoardId) }),
      ...(sprint.startDate === undefined ? {} : { startDateIso: sprint.startDate }),
      ...(sprint.completeDate === undefined ? {} : { completeDateIso: sprint.completeDate }),
    };
  }

  async writeLinks(issue: { id: string; key: string }, links: OkrLinksV1): Promise<void> {
    await this.client.put(route`/rest/api/3/issue/${issue.key}/properties/${OKR_PROPERTY_KEY}`, links);
    await this.recentWrites.add(Number(issue.id));
  }

  async listUsers(accountIds: readonly string[]): Promise<JiraUser[]> {
    const users: JiraUser[] = [];
    for (const ids of chunk([...new Set(accountIds)], 100)) {
      const query = new URLSearchParams([['maxResults', '100'], ...ids.map((id) => ['accountId', id])]);
      const page = await this.client.get(route`/rest/api/3/user/bulk?${query}`, userPageSchema);
      users.push(...page.values.map((user) => ({ accountId: user.accountId, displayName: user.displayName ?? user.accountId })));
    }
    return users;
  }

  private getIssue(issueKey: string): Promise<JiraIssue> {
    return this.client.get(route`/rest/api/3/issue/${issueKey}?fields=${WORK_FIELDS.join(',')}&properties=${OKR_PROPERTY_KEY}`, issueSchema);
  }

  private async fieldsToRead(): Promise<string[]> {
    const sprintFieldId = await this.fields.sprintFieldId();
    return [...WORK_FIELDS, ...(await this.fields.storyPointFieldIds()), ...(sprintFieldId ? [sprintFieldId] : [])];
  }

  private async scoped(issues: JiraIssue[], fields: string[], boardId: string | undefined): Promise<ScopedWork> {
    const parents = await this.missingParents(issues, fields);
    const work = await this.toWork([...issues, ...parents], boardId);
    return { issues: work.slice(0, issues.length), parents: work.slice(issues.length) };
  }

  /** Parents of the issues outside the set that carry links (epics pass theirs down to their children). */
  private async missingParents(issues: JiraIssue[], fields: string[]): Promise<JiraIssue[]> {
    const have = new Set(issues.map((issue) => issue.key));
    const parentKeys = issues.map((issue) => issue.fields?.parent?.key).filter((key): key is string => key !== undefined && !have.has(key));
    const parents: JiraIssue[] = [];
    for (const jql of linkedAmongJql(parentKeys)) parents.push(...(await searchAllIssues(this.client, { jql, fields, properties: [OKR_PROPERTY_KEY] })));
    return parents;
  }

  private async backlogIssueIds(boardId: string): Promise<string[]> {
    const ids: string[] = [];
    for (let startAt = 0; ;) {
      const page = await this.client.get(route`/rest/agile/1.0/board/${boardId}/backlog?startAt=${startAt}&maxResults=100&fields=id`, agileIssuePageSchema);
      ids.push(...page.issues.map((issue) => issue.id));
      startAt += page.issues.length;
      if (page.issues.length === 0 || page.isLast === true || (page.total !== undefined && startAt >= page.total)) return ids;
    }
  }

  private async toWork(issues: JiraIssue[], boardId?: string): Promise<WorkIssue[]> {
    const storyPointFieldIds = await this.fields.storyPointFieldIds();
    const sprintFieldId = await this.fields.sprintFieldId();
    const boardField = boardId === undefined ? undefined : await this.fields.fieldForBoard(boardId);
    const projectKeys = [...new Set(issues.map((issue) => issue.fields?.project?.key).filter((key): key is string => key !== undefined))];
    const projectFields = boardField === undefined ? await this.fields.fieldsForProjects(projectKeys) : new Map<string, string | undefined>();
    const lookup: IssueFieldLookup = {
      storyPointFieldIds,
      fieldOfProject: (projectKey) => boardField ?? projectFields.get(projectKey),
      ...(sprintFieldId ? { sprintFieldId } : {}),
    };
    return issues.map((issue) => toWorkIssue(issue, lookup));
  }
}

function isLinkedEpic(issue: JiraIssue): boolean {
  return issue.fields?.issuetype?.hierarchyLevel === 1 && (decodeOkrLinks(issue.properties?.[OKR_PROPERTY_KEY])?.krIds.length ?? 0) > 0;
}
