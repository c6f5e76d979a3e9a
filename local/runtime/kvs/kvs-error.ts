/**
 * An error the Forge storage service answers with: `{ code, message }` and an HTTP status.
 * Codes follow Atlassian's "Error handling for the Key-Value Store" page where it names one;
 * the others (BAD_REQUEST, KEY_ALREADY_EXISTS, CONDITION_FAILED, ENTITY_NOT_DEFINED,
 * INDEX_NOT_DEFINED) are this runtime's best guess and are listed in local/runtime/README.md.
 */
export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KvsError';
  }

  toBody(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

export const keyNotFound = (): KvsError => new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');

export const badRequest = (message: string): KvsError => new KvsError(400, 'BAD_REQUEST', message);
