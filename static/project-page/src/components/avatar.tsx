import type { UserView } from '../../../../src/shared/contract';

/** Initials in a circle followed by the name: Jira shows people this way. */
export function UserName({ user }: { user: UserView | undefined }) {
  if (!user) return <span className="okr-muted">Unassigned</span>;
  return (
    <span className="okr-user">
      <span className="okr-avatar" aria-hidden="true">
        {initials(user.displayName)}
      </span>
      {user.displayName}
    </span>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
