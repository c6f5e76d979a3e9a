/**
 * The issue property that links an epic or story to key results.
 * Its key and shape are spelled here only; manifest.yml indexes `krIds` and `objectiveIds`.
 */
export const OKR_PROPERTY_KEY = 'okr-links';

/** JQL search aliases declared for the indexed paths in manifest.yml. */
export const KEY_RESULT_ALIAS = 'okrKeyResult';
export const OBJECTIVE_ALIAS = 'okrObjective';

/** Version 1 of the stored value. `objectiveIds` is derived from `krIds` so JQL can find an objective's work. */
export interface OkrLinksV1 {
  v: 1;
  krIds: string[];
  objectiveIds: string[];
}
