import type { Access } from '../access';
import { ISSUE_TYPES, ISSUE_TYPE_NAMES, STATUS_CATEGORIES } from '../jira-catalog';
import type { SiteIssue, SiteSprint } from '../site-data';
import type { SiteStore } from '../site-store';
import type { JqlValue } from './jql-ast';
import { JqlError } from './jql-tokenizer';
import { propertyFieldDef } from './jql-property-field';

/** What a JQL query is evaluated against: the site as the acting user sees it. */
export interface JqlContext {
  store: SiteStore;
  access: Access;
  /** searchAlias -> 'propertyKey.path' from the app's jira:entityProperty modules. */
  aliases: Record<string, string>;
  /** The issue's properties as the search index sees them (may lag behind writes). */
  propertiesOf: (issue: SiteIssue) => Record<string, unknown>;
}

/** A searchable field: the values an issue has for it, and how a query value maps onto those values. */
export interface JqlFieldDef {
  name: string;
  valuesOf: (issue: SiteIssue) => string[];
  resolve: (value: JqlValue) => string;
  resolveFunction?: (name: string) => string[] | undefined;
}

/** Jira fields the emulator knows exist but cannot search on: an honest 400 instead of a guess. */
const KNOWN_UNSUPPORTED = new Set([
  'assignee',
  'reporter',
  'creator',
  'labels',
  'summary',
  'description',
  'text',
  'created',
  'createddate',
  'updated',
  'updateddate',
  'resolution',
  'resolved',
  'resolutiondate',
  'priority',
  'fixversion',
  'affectedversion',
  'component',
  'duedate',
  'due',
  'comment',
  'watcher',
  'watchers',
  'epic link',
  'environment',
  'rank',
]);

const BUILT_IN = new Set(['project', 'key', 'issuekey', 'issue', 'id', 'parent', 'issuetype', 'type', 'sprint', 'statuscategory', 'status']);

/** True for fields Jira has, whether or not the emulator can search or sort on them. */
export function isKnownJiraField(name: string): boolean {
  const lower = name.toLowerCase();
  return BUILT_IN.has(lower) || KNOWN_UNSUPPORTED.has(lower);
}

export function findFieldDef(name: string, context: JqlContext): JqlFieldDef {
  const lower = name.toLowerCase();
  const builtIn = builtInField(lower, context);
  if (builtIn) return builtIn;
  const property = propertyFieldDef(name, context);
  if (property) return property;
  if (KNOWN_UNSUPPORTED.has(lower)) {
    throw new JqlError(`The Jira emulator does not support searching on the field '${name}'.`);
  }
  throw new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);
}

function builtInField(lower: string, context: JqlContext): JqlFieldDef | undefined {
  const sprintClause = `cf[${context.store.sprintFieldId.replace('customfield_', '')}]`;
  if (lower === 'project') return projectField(context);
  if (['key', 'issuekey', 'issue', 'id'].includes(lower)) return issueField(lower, context, (issue) => [issue.id]);
  if (lower === 'parent') return issueField('parent', context, (issue) => parentIds(issue, context));
  if (lower === 'issuetype' || lower === 'type') return issueTypeField();
  if (lower === 'sprint' || lower === sprintClause) return sprintField(context);
  if (lower === 'statuscategory') return statusCategoryField();
  if (lower === 'status') return statusField(context);
  return undefined;
}

function unknownValue(value: JqlValue, field: string): JqlError {
  return new JqlError(`The value '${value.text}' does not exist for the field '${field}'.`);
}

function projectField(context: JqlContext): JqlFieldDef {
  return {
    name: 'project',
    valuesOf: (issue) => [issue.projectKey.toUpperCase()],
    resolve: (value) => {
      const wanted = value.text.toLowerCase();
      const project = context.store.projects.find(
        (candidate) => context.access.canBrowse(candidate) && [candidate.key.toLowerCase(), candidate.id, candidate.name.toLowerCase()].includes(wanted),
      );
      if (!project) throw unknownValue(value, 'project');
      return project.key.toUpperCase();
    },
  };
}

function issueField(field: string, context: JqlContext, valuesOf: (issue: SiteIssue) => string[]): JqlFieldDef {
  return {
    name: field,
    valuesOf,
    resolve: (value) => {
      const issue = context.store.findIssue(value.text);
      const project = issue && context.store.findProject(issue.projectKey);
      if (!issue || !project || !context.access.canBrowse(project)) {
        throw new JqlError(`An issue with key '${value.text}' does not exist for field '${field}'.`);
      }
      return issue.id;
    },
  };
}

function parentIds(issue: SiteIssue, context: JqlContext): string[] {
  const parent = issue.parentKey ? context.store.findIssue(issue.parentKey) : undefined;
  return parent ? [parent.id] : [];
}

function issueTypeField(): JqlFieldDef {
  return {
    name: 'issuetype',
    valuesOf: (issue) => [ISSUE_TYPES[issue.issueType].id],
    resolve: (value) => {
      const wanted = value.text.toLowerCase();
      const name = ISSUE_TYPE_NAMES.find((type) => type.toLowerCase() === wanted || ISSUE_TYPES[type].id === wanted);
      if (!name) throw unknownValue(value, 'issuetype');
      return ISSUE_TYPES[name].id;
    },
  };
}

/** openSprints() is every sprint not yet completed: active and future ones, as in Jira. */
const SPRINT_FUNCTIONS: Record<string, (sprint: SiteSprint) => boolean> = {
  opensprints: (sprint) => sprint.state !== 'closed',
  closedsprints: (sprint) => sprint.state === 'closed',
  futuresprints: (sprint) => sprint.state === 'future',
};

function sprintField(context: JqlContext): JqlFieldDef {
  const sprints = () => context.store.listSprints();
  return {
    name: 'sprint',
    valuesOf: (issue) => issue.sprintIds.map(String),
    resolve: (value) => {
      const wanted = value.text.toLowerCase();
      const byId = value.quoted ? undefined : sprints().find((sprint) => String(sprint.id) === wanted);
      const sprint = byId ?? sprints().find((candidate) => candidate.name.toLowerCase() === wanted);
      if (!sprint) throw unknownValue(value, 'sprint');
      return String(sprint.id);
    },
    resolveFunction: (name) => {
      const filter = SPRINT_FUNCTIONS[name.toLowerCase()];
      return (
        filter &&
        sprints()
          .filter(filter)
          .map((sprint) => String(sprint.id))
      );
    },
  };
}

function statusCategoryField(): JqlFieldDef {
  return {
    name: 'statusCategory',
    valuesOf: (issue) => [issue.status.category],
    resolve: (value) => {
      const wanted = value.text.toLowerCase();
      const category = STATUS_CATEGORIES.find((candidate) => [candidate.key, candidate.name.toLowerCase(), String(candidate.id)].includes(wanted));
      if (!category) throw unknownValue(value, 'statusCategory');
      return category.key;
    },
  };
}

function statusField(context: JqlContext): JqlFieldDef {
  return {
    name: 'status',
    valuesOf: (issue) => [context.store.statusId(issue.status.name)],
    resolve: (value) => {
      const wanted = value.text.toLowerCase();
      const status = context.store.listStatuses().find((candidate) => candidate.name.toLowerCase() === wanted || candidate.id === wanted);
      if (!status) throw unknownValue(value, 'status');
      return status.id;
    },
  };
}
