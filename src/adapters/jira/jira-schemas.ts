import { z } from 'zod';

/**
 * Schemas of the Jira responses the app reads, checked at the edge. They require only what the
 * app uses, so real responses (which carry much more) parse; see test/adapters/jira fixtures.
 */

const statusCategoryKey = z.enum(['new', 'indeterminate', 'done', 'undefined']);

export const issueFieldsSchema = z
  .object({
    summary: z.string().optional(),
    issuetype: z.object({ name: z.string(), hierarchyLevel: z.number().optional(), subtask: z.boolean().optional() }).optional(),
    status: z.object({ name: z.string().optional(), statusCategory: z.object({ key: statusCategoryKey }) }).optional(),
    parent: z
      .object({ id: z.string(), key: z.string(), fields: z.object({ issuetype: z.object({ hierarchyLevel: z.number().optional() }).optional() }).optional() })
      .nullish(),
    project: z.object({ id: z.string(), key: z.string() }).optional(),
  })
  .catchall(z.unknown());

export const issueSchema = z.object({
  id: z.string(),
  key: z.string().optional(),
  fields: issueFieldsSchema.optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type JiraIssue = z.infer<typeof issueSchema>;

export const searchPageSchema = z.object({
  issues: z.array(issueSchema).default([]),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

export const fieldListSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    custom: z.boolean().optional(),
    schema: z.object({ type: z.string(), custom: z.string().optional() }).optional(),
  }),
);

export const boardPageSchema = z.object({
  values: z.array(z.object({ id: z.number(), name: z.string().optional() })),
  isLast: z.boolean().optional(),
});

export const boardConfigurationSchema = z.object({
  id: z.number(),
  estimation: z.object({ type: z.string(), field: z.object({ fieldId: z.string() }).optional() }).optional(),
});

export const sprintSchema = z.object({
  id: z.number(),
  name: z.string(),
  state: z.enum(['future', 'active', 'closed']),
  originBoardId: z.number().optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  completeDate: z.string().optional(),
});

export const agileIssuePageSchema = z.object({
  startAt: z.number(),
  maxResults: z.number(),
  total: z.number().optional(),
  isLast: z.boolean().optional(),
  issues: z.array(issueSchema),
});

export const permissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

export const userPageSchema = z.object({
  values: z.array(z.object({ accountId: z.string(), displayName: z.string().optional() })),
  isLast: z.boolean().optional(),
});

export const projectPageSchema = z.object({
  values: z.array(z.object({ id: z.string(), key: z.string() })),
  isLast: z.boolean().optional(),
});

export const statusCategoryListSchema = z.array(z.object({ id: z.number(), key: statusCategoryKey, name: z.string() }));

export const issuePropertySchema = z.object({ key: z.string(), value: z.unknown() });
export const issuePropertyKeysSchema = z.object({ keys: z.array(z.object({ key: z.string(), self: z.string().optional() })) });
