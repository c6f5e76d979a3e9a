import type { IssueDetail, SiteSummary } from '../site-types';

/** The `extension` part of getContext() per module type, as Jira fills it in. */
type Project = SiteSummary['projects'][number];

const projectOf = (project: Project) => ({ id: project.id, key: project.key, type: project.type });

export function issueExtension(type: string, issue: IssueDetail) {
  return {
    type,
    issue: { id: issue.id, key: issue.key, type: issue.typeName, typeId: issue.typeId },
    project: issue.project,
    ...(type === 'jira:issuePanel' ? { isNewToIssue: false } : {}),
  };
}

export function projectPageExtension(project: Project, boardId: number | undefined) {
  return { type: 'jira:projectPage', project: projectOf(project), ...(boardId === undefined ? {} : { board: { id: String(boardId) } }) };
}

export function sprintActionExtension(project: Project, boardId: number, sprintId: number) {
  return { type: 'jira:sprintAction', board: { id: String(boardId) }, sprint: { id: String(sprintId) }, project: projectOf(project) };
}

export function backlogActionExtension(project: Project, boardId: number) {
  return { type: 'jira:backlogAction', board: { id: String(boardId) }, project: projectOf(project) };
}
