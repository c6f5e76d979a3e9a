import api, { route } from '@forge/api';
import { JiraClient } from '../../src/adapters/jira/jira-client';
import { boardConfigurationSchema, boardPageSchema, issueSchema, type JiraIssue, searchPageSchema } from '../../src/adapters/jira/jira-schemas';
import { chunk, jqlString } from '../../src/adapters/jira/search-issues';
import { WORK_FIELDS } from '../../src/adapters/jira/work-issue-mapper';
import { KEY_RESULT_ALIAS, OKR_PROPERTY_KEY } from '../../src/shared/issue-property';

/** Jira answers up to 5000 ids a page when nothing but ids is asked for. */
const ID_PAGE = 5000;
const JQL_CHUNK = 100;

/**
 * The straightforward way to read Jira: list the ids a query matches, then GET each issue with its
 * fields and link property, one request per issue, one after the other. Goes through the app's
 * own JiraClient (same retries and schema checks), as the invoking user.
 */
export class NaiveJira {
  readonly client = new JiraClient((path, init) => api.asUser().requestJira(path, init));
  private fields: string[] = [...WORK_FIELDS];

  /** Reads the board's estimation field (board list, then its configuration) for the GETs that follow. */
  async useBoardEstimation(projectKey: string): Promise<string | undefined> {
    const boards = await this.client.get(route`/rest/agile/1.0/board?projectKeyOrId=${projectKey}&maxResults=1`, boardPageSchema);
    const board = boards.values[0];
    if (board === undefined) return undefined;
    const configuration = await this.client.get(route`/rest/agile/1.0/board/${board.id}/configuration`, boardConfigurationSchema);
    const fieldId = configuration.estimation?.field?.fieldId;
    if (fieldId !== undefined) this.fields = [...WORK_FIELDS, fieldId];
    return fieldId;
  }

  /** Adds a field to every GET that follows (e.g. the sprint field, to tell carried-over issues). */
  alsoRead(fieldId: string): void {
    this.fields.push(fieldId);
  }

  async listIds(jql: string): Promise<string[]> {
    const ids: string[] = [];
    let nextPageToken: string | undefined;
    do {
      const body = { jql, fields: ['id'], maxResults: ID_PAGE, ...(nextPageToken === undefined ? {} : { nextPageToken }) };
      const page = await this.client.post(route`/rest/api/3/search/jql`, body, searchPageSchema);
      ids.push(...page.issues.map((issue) => issue.id));
      nextPageToken = page.isLast === true ? undefined : (page.nextPageToken ?? undefined);
    } while (nextPageToken !== undefined);
    return ids;
  }

  async getIssues(idsOrKeys: readonly string[]): Promise<JiraIssue[]> {
    const issues: JiraIssue[] = [];
    for (const idOrKey of idsOrKeys) {
      issues.push(await this.client.get(route`/rest/api/3/issue/${idOrKey}?fields=${this.fields.join(',')}&properties=${OKR_PROPERTY_KEY}`, issueSchema));
    }
    return issues;
  }

  /** The issues linked to the key results and the children of linked epics, one GET each. */
  async linkedWork(keyResultIds: readonly string[]): Promise<JiraIssue[]> {
    const linkedIds: string[] = [];
    for (const ids of chunk(keyResultIds, JQL_CHUNK)) linkedIds.push(...(await this.listIds(`${KEY_RESULT_ALIAS} in (${ids.map(jqlString).join(', ')})`)));
    const linked = await this.getIssues([...new Set(linkedIds)]);
    const have = new Set(linked.map((issue) => issue.id));
    const epicKeys = linked.filter((issue) => issue.fields?.issuetype?.hierarchyLevel === 1 && issue.key).map((issue) => issue.key as string);
    const childIds: string[] = [];
    for (const keys of chunk(epicKeys, JQL_CHUNK)) childIds.push(...(await this.listIds(`parent in (${keys.join(', ')})`)));
    const children = await this.getIssues([...new Set(childIds)].filter((id) => !have.has(id)));
    return [...linked, ...children];
  }
}
