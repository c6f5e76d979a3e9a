import type { StatusCategory, WorkIssue } from '../../domain/work-rollup';
import { OKR_PROPERTY_KEY } from '../../shared/issue-property';
import { storyPointsOf } from './estimation-fields';
import type { JiraIssue } from './jira-schemas';
import { decodeOkrLinks } from './okr-links-codec';

/** The fields every work query asks for (plus the estimation fields). */
export const WORK_FIELDS = ['summary', 'issuetype', 'status', 'parent', 'project'] as const;

export interface EstimationLookup {
  candidates: readonly string[];
  fieldOfProject: (projectKey: string) => string | undefined;
}

/** Turns a Jira issue (search result or GET) into the roll-up's view of it. */
export function toWorkIssue(issue: JiraIssue, estimation: EstimationLookup): WorkIssue {
  const fields = issue.fields;
  const projectKey = fields?.project?.key ?? (issue.key ?? '').split('-')[0] ?? '';
  const storyPoints = storyPointsOf(issue, estimation.fieldOfProject(projectKey), estimation.candidates);
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
  };
}

/** Done is the status category, never a status name (workflows rename statuses freely). */
function statusCategoryOf(issue: JiraIssue): StatusCategory {
  const key = issue.fields?.status?.statusCategory.key;
  return key === 'done' || key === 'indeterminate' ? key : 'new';
}
