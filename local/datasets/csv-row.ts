import { z } from 'zod';

/**
 * One row of a TAWOS CSV export, checked at the edge like every other import: a malformed file
 * fails with the row and column at fault instead of producing a half-right site.
 */
const rowSchema = z.object({
  issuekey: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/, 'is not an issue key like XD-7'),
  created: z.string().regex(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/, 'is not a date like 04/12/2013 06:43:52'),
  storypoint: z
    .string()
    .refine((value) => value === '' || value === 'NA' || Number.isFinite(Number(value)), 'is not a number')
    .transform((value) => (value === '' || value === 'NA' ? undefined : Number(value))),
  context: z.string(),
});

export type CsvRow = z.infer<typeof rowSchema>;

/** The row's fields, or an error naming the line (the header is line 1) and the columns at fault. */
export function parseCsvRow(record: Record<string, string>, index: number): CsvRow {
  const parsed = rowSchema.safeParse(record);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'} ${issue.message}`).join('; ');
  throw new Error(`CSV line ${index + 2}: ${problems}`);
}
