import type { Access } from './access';
import { issuesPage } from './agile-paging';
import { parseFieldSelection } from './field-selection';
import { jsonResponse } from './http-types';
import { compileForUser, findIssues, rankOrder } from './issue-query';
import { renderIssue } from './issue-json';
import { queryList } from './request-parsing';
import type { EmulatorCore } from './route-types';
import type { SiteIssue } from './site-data';
import type { EmulatorResponse } from './http-types';

/** Shared by the board, backlog and sprint issue lists: scope, optional `jql`, rank order, agile paging. */
export function agileIssueList(core: EmulatorCore, access: Access, query: URLSearchParams, scope: (issue: SiteIssue) => boolean): EmulatorResponse {
  const jql = query.get('jql');
  const compiled = jql ? compileForUser(core, access, jql) : undefined;
  const issues = findIssues(core, access, compiled, rankOrder, scope);
  const fields = parseFieldSelection(queryList(query, 'fields'), '*all');
  const page = issuesPage(issues, query, (issue) => renderIssue(core.store, core.baseUrl, issue, { fields, properties: [], propertyValues: {}, api: 'agile' }));
  return jsonResponse(200, page);
}

/** True while the issue sits in a sprint that is not closed: such issues are not in the backlog. */
export function inOpenSprint(core: EmulatorCore, issue: SiteIssue): boolean {
  return issue.sprintIds.some((id) => core.store.findSprint(id)?.state !== 'closed');
}
