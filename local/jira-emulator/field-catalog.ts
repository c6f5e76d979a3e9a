import type { SiteStore } from './site-store';

/** One entry of GET /rest/api/3/field, shaped as in field-list.cloud.json. */
export interface FieldDetails {
  id: string;
  key: string;
  name: string;
  /** Custom fields only: the name before any translation, as Jira Cloud sends it. */
  untranslatedName?: string;
  custom: boolean;
  orderable: boolean;
  navigable: boolean;
  searchable: boolean;
  clauseNames: string[];
  schema?: { type: string; items?: string; system?: string; custom?: string; customId?: number };
}

function systemField(id: string, name: string, clauseNames: string[], schema?: FieldDetails['schema'], orderable = true): FieldDetails {
  return { id, key: id, name, custom: false, orderable, navigable: true, searchable: true, clauseNames, ...(schema ? { schema } : {}) };
}

function customField(id: string, name: string, type: string, custom: string, items?: string): FieldDetails {
  const customId = Number(id.replace('customfield_', ''));
  const schema = { type, ...(items ? { items } : {}), custom, customId };
  return {
    id,
    key: id,
    name,
    untranslatedName: name,
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [`cf[${customId}]`, name],
    schema,
  };
}

/** The fields the emulator serves on issues, plus the JQL-only ones Jira lists too (statusCategory, issuekey). */
export function listFields(store: SiteStore): FieldDetails[] {
  const { storyPoints, storyPointEstimate } = store.storyPointFields;
  return [
    systemField('summary', 'Summary', ['summary'], { type: 'string', system: 'summary' }),
    systemField('issuetype', 'Issue Type', ['issuetype', 'type'], { type: 'issuetype', system: 'issuetype' }),
    { ...systemField('parent', 'Parent', ['parent'], undefined, false), searchable: false },
    systemField('project', 'Project', ['project'], { type: 'project', system: 'project' }, false),
    systemField('status', 'Status', ['status'], { type: 'status', system: 'status' }, false),
    systemField('statusCategory', 'Status Category', ['statusCategory'], undefined, false),
    systemField('components', 'Components', ['component'], { type: 'array', items: 'component', system: 'components' }),
    systemField('created', 'Created', ['created', 'createdDate'], { type: 'datetime', system: 'created' }, false),
    systemField('assignee', 'Assignee', ['assignee'], { type: 'user', system: 'assignee' }),
    systemField('issuekey', 'Key', ['id', 'issue', 'issuekey', 'key'], undefined, false),
    customField(store.sprintFieldId, 'Sprint', 'array', 'com.pyxis.greenhopper.jira:gh-sprint', 'json'),
    customField(storyPoints, 'Story Points', 'number', 'com.atlassian.jira.plugin.system.customfieldtypes:float'),
    customField(storyPointEstimate, 'Story point estimate', 'number', 'com.pyxis.greenhopper.jira:jsw-story-points'),
  ];
}

/** The display name of a field id, for the board's estimation configuration. */
export function fieldName(store: SiteStore, fieldId: string): string {
  return listFields(store).find((field) => field.id === fieldId)?.name ?? fieldId;
}
