import type { UserView } from '../../../../src/shared/contract';

interface OwnerSelectProps {
  id: string;
  users: UserView[];
  /** The signed-in user: listed first as "<Name> (me)". */
  currentAccountId: string | undefined;
  value: string;
  onChange: (accountId: string) => void;
  /** What the empty choice means, e.g. "No owner"; without it, there is no empty choice. */
  emptyLabel?: string;
}

interface OwnerOption {
  value: string;
  label: string;
}

/** People to own an objective or key result, each once, the signed-in user first. */
export function OwnerSelect({ id, users, currentAccountId, value, onChange, emptyLabel }: OwnerSelectProps) {
  const options = ownerOptions(users, currentAccountId);
  const known = value === '' || options.some((option) => option.value === value);
  return (
    <select id={id} className="okr-input" value={value} onChange={(event) => onChange(event.target.value)}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {!known && <option value={value}>Current owner</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

function ownerOptions(users: readonly UserView[], currentAccountId: string | undefined): OwnerOption[] {
  const byId = new Map(users.map((user) => [user.accountId, user.displayName]));
  const others = [...byId].filter(([accountId]) => accountId !== currentAccountId).map(([accountId, name]) => ({ value: accountId, label: name }));
  if (currentAccountId === undefined) return others;
  const myName = byId.get(currentAccountId);
  return [{ value: currentAccountId, label: myName === undefined ? 'Me' : `${myName} (me)` }, ...others];
}
