import { isForgePlatformError } from '@forge/api';
import { z } from 'zod';
import { JiraError } from '../adapters/jira/jira-client';
import { DomainError, NotFoundError, PermissionError } from '../domain/domain-error';
import type { ResolverResult } from '../shared/contract';
import { ContextError } from './resolver-context';

/** Turns any outcome into the envelope the UIs read, so a bad input never surfaces as a crash. */
export async function toResolverResult<T>(run: () => Promise<T>): Promise<ResolverResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    // The platform's own errors must reach it: e.g. NEEDS_AUTHENTICATION_ERR makes Jira ask the
    // user to allow the app to act on their behalf (asUser), which an envelope would swallow.
    if (error instanceof Error && isForgePlatformError(error)) throw error;
    return { ok: false, error: describe(error) };
  }
}

function describe(error: unknown): Extract<ResolverResult<never>, { ok: false }>['error'] {
  if (error instanceof z.ZodError) {
    const fieldErrors = Object.fromEntries(error.issues.map((issue) => [issue.path.join('.') || 'input', issue.message]));
    return {
      code: 'INVALID_INPUT',
      message: `Please check: ${Object.entries(fieldErrors)
        .map(([field, message]) => `${field}: ${message}`)
        .join('; ')}`,
      fieldErrors,
    };
  }
  if (error instanceof DomainError)
    return { code: 'INVALID_INPUT', message: error.message, ...(error.field ? { fieldErrors: { [error.field]: error.message } } : {}) };
  if (error instanceof ContextError) return { code: 'INVALID_INPUT', message: error.message };
  if (error instanceof NotFoundError) return { code: 'NOT_FOUND', message: error.message };
  if (error instanceof PermissionError) return { code: 'FORBIDDEN', message: error.message };
  if (error instanceof JiraError) return jiraError(error);
  console.error('Unexpected resolver error', error);
  return { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' };
}

function jiraError(error: JiraError): Extract<ResolverResult<never>, { ok: false }>['error'] {
  if (error.status === 404) return { code: 'NOT_FOUND', message: 'That issue, sprint or project does not exist, or you do not have permission to see it.' };
  if (error.status === 401 || error.status === 403) return { code: 'FORBIDDEN', message: 'Jira says you do not have permission to do that.' };
  return { code: 'JIRA_UNAVAILABLE', message: `Jira is not answering as expected right now (${error.message}). Please try again in a moment.` };
}
