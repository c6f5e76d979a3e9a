import type { Access } from './access';
import { forbidden, notFound } from './http-types';
import type { SiteBoard, SiteIssue, SiteProject, SiteSprint } from './site-data';
import type { SiteStore } from './site-store';

/** Lookups that treat what the acting user cannot browse as absent, the way Jira answers 404. */

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export function visibleIssue(store: SiteStore, access: Access, idOrKey: string): SiteIssue {
  const issue = store.findIssue(idOrKey);
  if (!issue || !access.canBrowse(store.getProject(issue.projectKey))) throw notFound(ISSUE_NOT_FOUND);
  return issue;
}

export function editableIssue(store: SiteStore, access: Access, idOrKey: string): SiteIssue {
  const issue = visibleIssue(store, access, idOrKey);
  if (!access.canEdit(store.getProject(issue.projectKey))) {
    throw forbidden('You do not have permission to edit issues in this project.');
  }
  return issue;
}

export function visibleProject(store: SiteStore, access: Access, idOrKey: string): SiteProject {
  const project = store.findProject(idOrKey);
  if (!project || !access.canBrowse(project)) throw notFound(`No project could be found with key '${idOrKey}'.`);
  return project;
}

export function visibleBoard(store: SiteStore, access: Access, boardId: number): { board: SiteBoard; project: SiteProject } {
  const board = store.findBoard(boardId);
  const project = board && store.findProject(board.projectKey);
  if (!board || !project || !access.canBrowse(project)) {
    throw notFound(`Board does not exist or you do not have permission to see it.`);
  }
  return { board, project };
}

export function visibleSprint(store: SiteStore, access: Access, sprintId: number): { sprint: SiteSprint; project: SiteProject } {
  const sprint = store.findSprint(sprintId);
  const board = sprint && store.findBoard(sprint.boardId);
  const project = board && store.findProject(board.projectKey);
  if (!sprint || !project || !access.canBrowse(project)) {
    throw notFound('The requested sprint cannot be viewed because it either does not exist or the user does not have permission to view it.');
  }
  return { sprint, project };
}

/** Issues of projects the acting user can browse, in creation order. */
export function visibleIssues(store: SiteStore, access: Access): SiteIssue[] {
  return store.listIssues().filter((issue) => access.canBrowse(store.getProject(issue.projectKey)));
}
