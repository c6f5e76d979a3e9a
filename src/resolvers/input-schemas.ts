import { z } from 'zod';
import type { ResolverContract, ResolverKey } from '../shared/contract';

/** Payload schemas of every resolver: the edge where untrusted input is checked. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-10-01.');
const id = z.string().trim().min(1).max(100);
const title = z.string().trim().min(1, 'Give it a title.').max(255, 'Keep it under 255 characters.');
const level = z.enum(['company', 'department', 'team', 'individual'], { error: 'Level is company, department, team or individual.' });
const confidence = z.enum(['on-track', 'at-risk', 'off-track'], { error: 'Confidence is on-track, at-risk or off-track.' });
const finite = z.number({ error: 'Enter a number.' }).finite();

const cycle = z.object({ label: z.string().trim().min(1, 'Give the cycle a label.').max(50), startDate: isoDate, endDate: isoDate });

const objectiveFields = z.object({
  title,
  description: z.string().max(5000).optional(),
  level,
  ownerAccountId: id.optional(),
  parentObjectiveId: id.nullable().optional(),
  cycle,
  projectKeys: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z][A-Z0-9_]*$/, 'Use project keys such as SHOP.'),
    )
    .min(1, 'An objective belongs to at least one project.')
    .max(20, 'At most 20 projects.')
    .optional(),
});

const measure = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('metric'), baseline: finite, target: finite, current: finite.optional(), unit: z.string().max(30) }),
    z.object({ kind: z.literal('issues') }),
    z.object({ kind: z.literal('storyPoints') }),
  ],
  { error: 'Measure kind is metric, issues or storyPoints.' },
);

const weight = z.number().finite().min(0, 'Weight must be zero or more.').max(100);
const empty = z.object({}).strict();

export const inputSchemas: { [K in ResolverKey]: z.ZodType<ResolverContract[K]['input']> } = {
  getProjectPage: z.object({ cycleLabel: z.string().max(50).optional() }).strict(),
  createObjective: objectiveFields.strict(),
  updateObjective: z.object({ objectiveId: id, changes: objectiveFields.partial().strict() }).strict(),
  deleteObjective: z.object({ objectiveId: id }).strict(),
  createKeyResult: z
    .object({ objectiveId: id, title, ownerAccountId: id.optional(), weight: weight.optional(), confidence: confidence.optional(), measure })
    .strict(),
  updateKeyResult: z
    .object({
      keyResultId: id,
      changes: z
        .object({ title, ownerAccountId: id, weight, confidence, target: finite, unit: z.string().max(30) })
        .partial()
        .strict(),
    })
    .strict(),
  deleteKeyResult: z.object({ keyResultId: id }).strict(),
  checkIn: z.object({ keyResultId: id, value: finite.optional(), confidence, note: z.string().max(2000).optional() }).strict(),
  getIssuePanel: empty,
  getIssueLinkOptions: empty,
  setIssueLinks: z.object({ keyResultIds: z.array(id).max(50, 'An issue can support at most 50 key results.') }).strict(),
  getIssueContext: empty,
  getSprintPlanner: empty,
};
