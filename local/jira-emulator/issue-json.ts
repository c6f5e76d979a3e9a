import { componentJson, issueTypeJson, jiraTimestamp, projectRefJson, sprintFieldJson, statusJson, userJson } from './entity-json';
import type { FieldSelection } from './field-selection';
import type { SiteIssue } from './site-data';
import type { SiteStore } from './site-store';

export interface IssueRenderOptions {
  fields: FieldSelection;
  /** Issue property keys to include under `properties`. */
  properties: string[];
  /** Where property values come from: the live issue, or the search index's possibly older view. */
  propertyValues: Record<string, unknown>;
  /** The API whose URL goes into `self` (the agile API answers with its own issue URLs). */
  api: 'api' | 'agile';
}

const EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

/** An issue as Jira Cloud answers it in GET issue, search and agile lists. */
export function renderIssue(store: SiteStore, baseUrl: string, issue: SiteIssue, options: IssueRenderOptions): Record<string, unknown> {
  if (options.fields.idOnly && options.properties.length === 0) return { id: issue.id };
  const self = options.api === 'agile' ? `${baseUrl}/rest/agile/1.0/issue/${issue.id}` : `${baseUrl}/rest/api/3/issue/${issue.id}`;
  const rendered: Record<string, unknown> = { expand: EXPAND, id: issue.id, self, key: issue.key };
  rendered.fields = selectedFields(store, baseUrl, issue, options.fields);
  const properties = pickProperties(options.properties, options.propertyValues);
  if (options.properties.length > 0) rendered.properties = properties;
  return rendered;
}

function selectedFields(store: SiteStore, baseUrl: string, issue: SiteIssue, selection: FieldSelection): Record<string, unknown> {
  const builders = fieldBuilders(store, baseUrl, issue);
  const fields: Record<string, unknown> = {};
  Object.entries(builders).forEach(([fieldId, build]) => {
    if (!selection.includes(fieldId)) return;
    const value = build();
    // Jira leaves `parent` out entirely for issues without one; other empty fields are null.
    if (value !== undefined) fields[fieldId] = value;
  });
  return fields;
}

function fieldBuilders(store: SiteStore, baseUrl: string, issue: SiteIssue): Record<string, () => unknown> {
  const { storyPoints, storyPointEstimate } = store.storyPointFields;
  return {
    summary: () => issue.summary,
    issuetype: () => issueTypeJson(baseUrl, issue.issueType),
    status: () => statusJson(baseUrl, store, issue.status),
    parent: () => parentJson(store, baseUrl, issue),
    project: () => projectRefJson(baseUrl, store.getProject(issue.projectKey)),
    components: () => issue.components.map((name) => componentJson(baseUrl, name)),
    created: () => jiraTimestamp(issue.created),
    assignee: () => assigneeJson(store, baseUrl, issue),
    [store.sprintFieldId]: () => sprintField(store, issue),
    [storyPoints]: () => issue.estimates[storyPoints] ?? null,
    [storyPointEstimate]: () => issue.estimates[storyPointEstimate] ?? null,
  };
}

function parentJson(store: SiteStore, baseUrl: string, issue: SiteIssue): Record<string, unknown> | undefined {
  const parent = issue.parentKey ? store.findIssue(issue.parentKey) : undefined;
  if (!parent) return undefined;
  return {
    id: parent.id,
    key: parent.key,
    self: `${baseUrl}/rest/api/3/issue/${parent.id}`,
    fields: {
      summary: parent.summary,
      status: statusJson(baseUrl, store, parent.status),
      issuetype: issueTypeJson(baseUrl, parent.issueType),
    },
  };
}

function assigneeJson(store: SiteStore, baseUrl: string, issue: SiteIssue): Record<string, unknown> | null {
  const user = issue.assigneeAccountId ? store.findUser(issue.assigneeAccountId) : undefined;
  return user ? userJson(baseUrl, user) : null;
}

/** gh-sprint lists every sprint the issue was ever in (a carried-over issue keeps its closed sprints). */
function sprintField(store: SiteStore, issue: SiteIssue): Record<string, unknown>[] | null {
  const sprints = issue.sprintIds.flatMap((id) => {
    const sprint = store.findSprint(id);
    return sprint ? [sprintFieldJson(sprint)] : [];
  });
  return sprints.length > 0 ? sprints : null;
}

function pickProperties(keys: string[], values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in values).map((key) => [key, values[key]]));
}
