import type { HostJira } from './host-jira';
import { SPRINT_FIELD, toIssue, type JiraField, type JiraIssue } from './site-summary';
import type { IssueDetail } from './site-types';

const POINT_FIELD_NAMES = ['Story point estimate', 'Story Points'];

interface Transition {
  id: string;
  name: string;
  to?: { name?: string };
}

function pointsFieldOf(fields: JiraField[], issue: JiraIssue): string | undefined {
  return fields.find((f) => POINT_FIELD_NAMES.includes(f.name ?? '') && typeof issue.fields[f.id] === 'number')?.id;
}

/** One issue for the issue view: summary, status, the transitions the user may take, details. */
export async function loadIssueDetail(jira: HostJira, accountId: string | undefined, key: string): Promise<IssueDetail> {
  const fields = await jira.get<JiraField[]>('/rest/api/3/field', accountId);
  const issue = await jira.get<JiraIssue>(`/rest/api/3/issue/${encodeURIComponent(key)}`, accountId);
  const { transitions } = await jira.get<{ transitions: Transition[] }>(`/rest/api/3/issue/${encodeURIComponent(key)}/transitions`, accountId);
  const sprintField = fields.find((f) => f.schema?.custom === SPRINT_FIELD)?.id;
  const summary = toIssue(issue, sprintField, pointsFieldOf(fields, issue));
  const project = issue.fields['project'] as { id?: string; key?: string; projectTypeKey?: string } | undefined;
  const sprints = (sprintField ? (issue.fields[sprintField] as Array<{ name: string }> | null) : null) ?? [];
  const details: Record<string, string> = {
    Assignee: summary.assignee ?? 'Unassigned',
    Sprint: sprints.map((s) => s.name).join(', ') || 'None',
    'Story points': summary.points === undefined ? 'None' : String(summary.points),
  };
  if (summary.parentKey) details['Parent'] = summary.parentKey;
  return {
    ...summary,
    project: { id: project?.id ?? '', key: project?.key ?? summary.projectKey, type: project?.projectTypeKey ?? 'software' },
    transitions: transitions.map((t) => ({ id: t.id, name: t.name, to: t.to?.name ?? t.name })),
    fields: details,
  };
}
