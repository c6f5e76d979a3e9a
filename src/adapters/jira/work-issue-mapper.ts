import type { StatusCategory, WorkIssue } from '../../domain/work-rollup';
import { OKR_PROPERTY_KEY } from '../../shared/issue-property';
import { z } from 'zod';
import { storyPointsOf } from './site-fields';
import type { JiraIssue } from './jira-schemas';
import { decodeOkrLinks } from './okr-links-codec';

/** The fields every work query asks for (plus the story point and sprint fields). */
export const WORK_FIELDS = ['summary', 'issuetype', 'status', 'parent', 'project'] as const;

/** Which custom fields hold an issue's estimate (per project) and its sprints, on this site. */
export interface IssueFieldLookup {
  storyPointFieldIds: readonly string[];
  fieldOfProject: (projectKey: string) => string | undefined;
  sprintFieldId?: string;
}

/** The sprint field (gh-sprint): every sprint the issue was in; carried-over issues keep them all. */
const sprintListSchema = z.array(z.object({ id: z.number(), startDate: z.string().optional() })).catch([]);

/** Turns a Jira issue (search result or GET) into the roll-up's view of it. */
export function toWorkIssue(issue: JiraIssue, lookup: IssueFieldLookup): WorkIssue {
  const fields = issue.fields;
  const projectKey = fields?.project?.key ?? (issue.key ?? '').split('-')[0] ?? '';
  const storyPoints = storyPointsOf(issue, lookup.fieldOfProject(projectKey), lookup.storyPointFieldIds);
  const sprints = lookup.sprintFieldId === undefined ? [] : sprintListSchema.parse(fields?.[lookup.sprintFieldId] ?? []);
  return {
    id: issue.id,
    key: issue.key ?? issue.id,
    summary: fields?.summary ?? '',
    projectKey,
    issueType: fields?.issuetype?.name ?? 'Issue',
    isEpic: fields?.issuetype?.hierarchyLevel === 1,
    statusCategory: statusCategoryOf(issue),
    ...(storyPoints === undefined ? {} : { storyPoints }),
    ...(fields?.parent ? { parentKey: fields.parent.key } : {}),
    krIds: decodeOkrLinks(issue.properties?.[OKR_PROPERTY_KEY])?.krIds ?? [],
    ...(sprints.length > 0
      ? { sprints: sprints.map((sprint) => ({ id: String(sprint.id), ...(sprint.startDate ? { startIso: sprint.startDate } : {}) })) }
      : {}),
  };
}

/** Done is the status category, never a status name (workflows rename statuses freely). */
function statusCategoryOf(issue: JiraIssue): StatusCategory {
  const key = issue.fields?.status?.statusCategory.key;
  return key === 'done' || key === 'indeterminate' ? key : 'new';
}
