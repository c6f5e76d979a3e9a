import type { KeyResult } from '../domain/key-result';
import type { UserView } from '../shared/contract';
import type { AppDeps } from './app-deps';

/** Display names for account ids, one Jira request per hundred people. */
export async function usersById(deps: AppDeps, accountIds: readonly string[]): Promise<Map<string, UserView>> {
  const users = await deps.jira.listUsers([...new Set(accountIds)]);
  return new Map(users.map((user) => [user.accountId, user]));
}

/** Everyone a key result view names: its owner and the authors of its recent check-ins. */
export function peopleOf(keyResults: readonly KeyResult[]): string[] {
  return keyResults.flatMap((kr) => [...(kr.ownerAccountId ? [kr.ownerAccountId] : []), ...(kr.recentCheckIns ?? []).map((checkIn) => checkIn.byAccountId)]);
}
