import type { UserView } from '../../../../src/shared/contract';

interface OwnerSelectProps {
  id: string;
  users: UserView[];
  value: string;
  onChange: (accountId: string) => void;
  /** What the empty choice means, e.g. "Me" (the server defaults to the caller); without it, there is no empty choice. */
  emptyLabel?: string;
}

export function OwnerSelect({ id, users, value, onChange, emptyLabel }: OwnerSelectProps) {
  const known = value === '' || users.some((user) => user.accountId === value);
  return (
    <select id={id} className="okr-input" value={value} onChange={(event) => onChange(event.target.value)}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {!known && <option value={value}>Current owner</option>}
      {users.map((user) => (
        <option key={user.accountId} value={user.accountId}>
          {user.displayName}
        </option>
      ))}
    </select>
  );
}
