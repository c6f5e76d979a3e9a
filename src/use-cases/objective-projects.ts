import { DomainError } from '../domain/domain-error';
import type { AppDeps } from './app-deps';
import { requireProjectAccess } from './authorize';

/**
 * The projects an objective will belong to. It stays in the project it is edited from (or it would
 * vanish from the page the user is on), and the user needs the Edit issues permission in every
 * project added or removed, since each project's people will see it there.
 */
export async function resolveProjectKeys(
  deps: AppDeps,
  fromProject: string,
  current: readonly string[],
  requested: readonly string[] | undefined,
): Promise<string[]> {
  if (requested === undefined) return current.length > 0 ? [...current] : [fromProject];
  const wanted = [...new Set(requested)];
  if (!wanted.includes(fromProject)) {
    throw new DomainError(`An objective edited from ${fromProject} stays in ${fromProject}: keep ${fromProject} among its projects.`, 'projectKeys');
  }
  const changed = [...wanted.filter((key) => !current.includes(key)), ...current.filter((key) => !wanted.includes(key))].filter((key) => key !== fromProject);
  for (const projectKey of changed) await requireProjectAccess(deps.jira, projectKey, 'edit');
  return wanted.sort();
}
