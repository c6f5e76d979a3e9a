/** Which issue fields a request asked for, from Jira's `fields` syntax: `*all`, `*navigable`, ids, `-id` exclusions. */
export interface FieldSelection {
  /** True when nothing beyond the issue id was asked for: search then answers `{id}` only. */
  idOnly: boolean;
  /** True when at most `id` and `key` were asked for: search then pages up to 5000 issues. */
  idsAndKeysOnly: boolean;
  includes: (fieldId: string) => boolean;
}

/** `requested` is the list after splitting on commas; `fallback` is the endpoint's default when absent. */
export function parseFieldSelection(requested: string[] | undefined, fallback: '*all' | 'id'): FieldSelection {
  const entries = (requested && requested.length > 0 ? requested : [fallback]).map((entry) => entry.trim()).filter(Boolean);
  const excluded = new Set(entries.filter((entry) => entry.startsWith('-')).map((entry) => entry.slice(1)));
  const included = new Set(entries.filter((entry) => !entry.startsWith('-')));
  const all = included.has('*all') || included.has('*navigable');
  const idOnly = !all && [...included].every((entry) => entry === 'id');
  return {
    idOnly,
    idsAndKeysOnly: !all && [...included].every((entry) => entry === 'id' || entry === 'key'),
    includes: (fieldId) => !excluded.has(fieldId) && (all || included.has(fieldId)),
  };
}

/** Query strings carry lists comma-separated, JSON bodies as arrays; both may repeat a parameter. */
export function splitList(values: string[]): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
