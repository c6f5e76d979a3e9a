import { z } from 'zod';
import { type OkrLinksV1 } from '../../shared/issue-property';

const okrLinksV1Schema = z.object({
  v: z.literal(1),
  krIds: z.array(z.string()),
  objectiveIds: z.array(z.string()).default([]),
});

/**
 * Reads the issue property. Anything that is not a version we know (hand-edited through the REST
 * API, or written by a newer app version) reads as no links rather than failing the whole page.
 */
export function decodeOkrLinks(value: unknown): OkrLinksV1 | undefined {
  const parsed = okrLinksV1Schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
