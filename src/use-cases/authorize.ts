import { NotFoundError, PermissionError } from '../domain/domain-error';
import type { JiraWork, ProjectPermissions } from './ports/jira-work';

/**
 * Forge storage is shared by the whole site, so every read and write is gated by the caller's
 * own Jira permissions on the project it concerns (asked of Jira as that user).
 */
export async function requireProjectAccess(jira: JiraWork, projectKey: string, need: 'browse' | 'edit'): Promise<ProjectPermissions> {
  const permissions = await jira.getProjectPermissions(projectKey);
  if (!permissions.browse) throw new NotFoundError(`Project ${projectKey} does not exist or you do not have permission to see it.`);
  if (need === 'edit' && !permissions.edit) {
    throw new PermissionError(`You need the Edit issues permission in ${projectKey} to change its OKRs.`);
  }
  return permissions;
}
