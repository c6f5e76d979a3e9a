import { z } from 'zod';

/**
 * The parts of the Forge invocation context the resolvers use. The user is the context's
 * `accountId` (set by Forge from the signed-in principal), never anything in the payload.
 */
const extensionSchema = z.object({
  type: z.string().optional(),
  project: z.object({ key: z.string(), id: z.union([z.string(), z.number()]).optional() }).optional(),
  issue: z.object({ key: z.string(), id: z.union([z.string(), z.number()]).optional() }).optional(),
  board: z.object({ id: z.union([z.string(), z.number()]).transform(String) }).optional(),
  sprint: z.object({ id: z.union([z.string(), z.number()]).transform(String) }).optional(),
});

export const resolverContextSchema = z.object({
  accountId: z.string({ error: 'This action needs a signed-in user.' }).min(1),
  extension: extensionSchema.default({}),
});

export type ResolverContext = z.infer<typeof resolverContextSchema>;

export class ContextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContextError';
  }
}

export function projectKeyOf(context: ResolverContext): string {
  const key = context.extension.project?.key ?? context.extension.issue?.key.split('-')[0];
  if (!key) throw new ContextError('This surface has no project in its context.');
  return key;
}

export function issueKeyOf(context: ResolverContext): string {
  const key = context.extension.issue?.key;
  if (!key) throw new ContextError('This surface has no issue in its context.');
  return key;
}

export function boardIdOf(context: ResolverContext): string {
  const id = context.extension.board?.id;
  if (!id) throw new ContextError('This surface has no board in its context.');
  return id;
}
