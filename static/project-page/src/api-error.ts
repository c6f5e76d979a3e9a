import type { ErrorCode } from '../../../src/shared/contract';

/** A resolver answered `ok: false`; `fieldErrors` maps input fields to messages for the form. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The message to show for anything a call can throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  return 'Something went wrong. Try again.';
}
