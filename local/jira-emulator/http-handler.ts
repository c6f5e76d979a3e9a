import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JiraEmulator } from './jira-emulator';

const UNAUTHENTICATED = { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} };

/**
 * Mounts the emulator under `basePath` on a node http server. The acting user comes from
 * `Authorization: Basic base64(email:token)` (the token is not checked); no header means the app.
 * Resolves false for requests outside `basePath`, so other handlers can take them.
 */
export function createEmulatorHttpHandler(
  emulator: JiraEmulator,
  { basePath }: { basePath: string },
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const prefix = basePath.replace(/\/$/, '');
  return async (req, res) => {
    const url = req.url ?? '/';
    if (url !== prefix && !url.startsWith(`${prefix}/`) && !url.startsWith(`${prefix}?`)) return false;
    const identity = actingUser(emulator, req.headers.authorization);
    if (!identity.known) {
      writeJson(res, 401, UNAUTHENTICATED);
      return true;
    }
    const body = await readBody(req);
    const response = await emulator.handle({
      method: req.method ?? 'GET',
      path: url.slice(prefix.length) || '/',
      ...(body !== '' ? { body } : {}),
      ...(identity.accountId ? { accountId: identity.accountId } : {}),
    });
    res.writeHead(response.status, response.headers);
    res.end(response.body);
    return true;
  };
}

type Caller = { known: true; accountId?: string } | { known: false };

/** The user behind a Basic header (no header: the app itself); unknown for a bad header or email. */
function actingUser(emulator: JiraEmulator, authorization: string | undefined): Caller {
  if (!authorization) return { known: true };
  const match = /^Basic\s+(.+)$/i.exec(authorization);
  if (!match?.[1]) return { known: false };
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const email = decoded.slice(0, decoded.indexOf(':') < 0 ? decoded.length : decoded.indexOf(':'));
  const accountId = emulator.findUserByEmail(email)?.accountId;
  return accountId === undefined ? { known: false } : { known: true, accountId };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function writeJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' });
  res.end(JSON.stringify(body));
}
