import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulatorHttpHandler } from '../../../local/jira-emulator';
import { demoEmulator, jiraError } from './emulator-test-kit';

const basic = (email: string) => `Basic ${Buffer.from(`${email}:any-token`).toString('base64')}`;

describe('createEmulatorHttpHandler', () => {
  const emulator = demoEmulator();
  const handler = createEmulatorHttpHandler(emulator, { basePath: '/jira' });
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      void handler(req, res).then((handled) => {
        if (!handled) res.writeHead(418).end('not jira');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const projectKeys = async (authorization?: string) => {
    const response = await fetch(`${origin}/jira/rest/api/3/project/search`, { headers: authorization ? { authorization } : {} });
    return ((await response.json()) as { values: { key: string }[] }).values.map((project) => project.key);
  };

  it('acts as the user named by the Basic credentials', async () => {
    expect(await projectKeys(basic('sam.chen@example.com'))).toEqual(['SHOP']);
  });

  it('acts as the app when there is no Authorization header', async () => {
    expect(await projectKeys()).toEqual(['FIN', 'SHOP']);
  });

  it('answers 401 when the credentials name no user of the site', async () => {
    const response = await fetch(`${origin}/jira/rest/api/3/myself`, { headers: { authorization: basic('mallory@example.com') } });
    expect([response.status, await response.json()]).toEqual([401, jiraError('Client must be authenticated to access this resource.')]);
  });

  it('passes method, query and body through and answers status, headers and body', async () => {
    const put = await fetch(`${origin}/jira/rest/api/3/issue/SHOP-4/properties/okr`, {
      method: 'PUT',
      headers: { authorization: basic('alex.rivera@example.com'), 'content-type': 'application/json' },
      body: JSON.stringify({ krIds: ['kr-1'] }),
    });
    const get = await fetch(`${origin}/jira/rest/api/3/issue/SHOP-4/properties/okr?x=1`);
    expect([put.status, get.status, get.headers.get('content-type'), await get.json()]).toEqual([
      201,
      200,
      'application/json;charset=UTF-8',
      { key: 'okr', value: { krIds: ['kr-1'] } },
    ]);
  });

  it('leaves requests outside the base path to other handlers', async () => {
    const response = await fetch(`${origin}/jiraboard/rest/api/3/myself`);
    expect([response.status, await response.text()]).toEqual([418, 'not jira']);
  });
});
