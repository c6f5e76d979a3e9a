import { route } from '@forge/api';
import { z } from 'zod';
import { JiraClient, JiraError } from '../../../src/adapters/jira/jira-client';
import { scriptedJira, type ScriptedAnswer } from '../../support/scripted-jira';

const ok: ScriptedAnswer = { body: { fine: true } };
const schema = z.object({ fine: z.boolean() });

function clientFor(answers: ScriptedAnswer[]) {
  const jira = scriptedJira(answers);
  const sleeps: number[] = [];
  const client = new JiraClient(jira.requestJira, {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    now: () => Date.parse('2026-11-15T12:00:00.000Z'),
  });
  return { client, jira, sleeps };
}

describe('JiraClient backoff', () => {
  it('waits as long as Retry-After says on a 429, then succeeds', async () => {
    const { client, sleeps } = clientFor([{ status: 429, headers: { 'Retry-After': '3' } }, ok]);
    expect(await client.get(route`/rest/api/3/myself`, schema)).toEqual({ fine: true });
    expect(sleeps).toEqual([3000]);
  });

  it('waits until X-RateLimit-Reset when a 429 has no Retry-After', async () => {
    const { client, sleeps } = clientFor([{ status: 429, headers: { 'X-RateLimit-Reset': '2026-11-15T12:00:02.500Z' } }, ok]);
    await client.get(route`/rest/api/3/myself`, schema);
    expect(sleeps).toEqual([2500]);
  });

  it('backs off exponentially with jitter on 5xx without headers', async () => {
    const { client, sleeps } = clientFor([{ status: 503 }, { status: 502 }, { status: 500 }, ok]);
    await client.get(route`/rest/api/3/myself`, schema);
    expect(sleeps).toEqual([375, 750, 1500]);
  });

  it('caps a long Retry-After', async () => {
    const { client, sleeps } = clientFor([{ status: 429, headers: { 'Retry-After': '3600' } }, ok]);
    await client.get(route`/rest/api/3/myself`, schema);
    expect(sleeps).toEqual([10_000]);
  });

  it('gives up after a bounded number of retries with a clear error, never a crash', async () => {
    const { client, jira } = clientFor(
      Array.from({ length: 5 }, () => ({ status: 429, headers: { 'Retry-After': '1' }, body: { errorMessages: ['Rate limit exceeded.'], errors: {} } })),
    );
    await expect(client.get(route`/rest/api/3/myself`, schema)).rejects.toEqual(
      new JiraError('Jira answered 429 to /rest/api/3/myself after 4 retries: Rate limit exceeded.', 429, '/rest/api/3/myself'),
    );
    expect(jira.requests).toHaveLength(5);
  });

  it('does not retry a 404 and reports Jira’s message', async () => {
    const { client, jira } = clientFor([
      { status: 404, body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} } },
    ]);
    await expect(client.get(route`/rest/api/3/issue/${'X-1'}`, schema)).rejects.toThrow(
      'Jira answered 404 to /rest/api/3/issue/X-1: Issue does not exist or you do not have permission to see it.',
    );
    expect(jira.requests).toHaveLength(1);
  });

  it('reports an answer of an unexpected shape as a Jira error', async () => {
    const { client } = clientFor([{ body: { fine: 'yes' } }]);
    await expect(client.get(route`/rest/api/3/myself`, schema)).rejects.toThrow("Jira's answer to /rest/api/3/myself had an unexpected shape at fine");
  });
});
