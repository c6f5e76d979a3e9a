import type { z } from 'zod';
import { splitList } from './field-selection';
import { JiraHttpError, badRequest } from './http-types';

/** Jira's answer to a body it cannot bind to its request bean. */
const INVALID_PAYLOAD = 'Invalid request payload. Refer to the REST API documentation and try again.';

export function parseJsonBody<T>(schema: z.ZodType<T>, body: string | undefined): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body ?? '');
  } catch {
    throw badRequest(INVALID_PAYLOAD);
  }
  const result = schema.safeParse(parsed);
  if (result.success) return result.data;
  const errors = Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.') || 'body', issue.message]));
  throw new JiraHttpError(400, [INVALID_PAYLOAD], errors);
}

export function queryList(query: URLSearchParams, name: string): string[] | undefined {
  const values = query.getAll(name);
  return values.length > 0 ? splitList(values) : undefined;
}

export function queryInt(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw badRequest(`The value '${raw}' of the '${name}' parameter is not a valid number.`);
  return value;
}

export function pathInt(raw: string | undefined, name: string): number {
  const value = Number(raw);
  if (!raw || !Number.isInteger(value)) throw badRequest(`The value '${raw ?? ''}' of '${name}' is not a valid number.`);
  return value;
}
