import type { OkrLinksV1 } from '../shared/issue-property';

/** The property value for an issue supporting these key results (sorted, without repeats). */
export function okrLinks(krIds: readonly string[], objectiveIds: readonly string[]): OkrLinksV1 {
  return { v: 1, krIds: [...new Set(krIds)].sort(), objectiveIds: [...new Set(objectiveIds)].sort() };
}
