import { badRequest } from './kvs-error';

/** Opaque cursors, like the service's: callers must not read or keep them. */
export function encodeCursor(position: string | number): string {
  return Buffer.from(JSON.stringify({ p: position }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: unknown): string | number | undefined {
  if (cursor === undefined || cursor === null || cursor === '') return undefined;
  try {
    const text = typeof cursor === 'string' ? cursor : '';
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { p?: unknown };
    if (typeof parsed.p === 'string' || typeof parsed.p === 'number') return parsed.p;
  } catch {
    // fall through to the error below
  }
  throw badRequest('Provided request body is invalid: cursor is not valid');
}
