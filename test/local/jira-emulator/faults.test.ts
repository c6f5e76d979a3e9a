import { call, demoEmulator, jiraError } from './emulator-test-kit';

const PATH = '/rest/api/3/project/SHOP';

describe('fault modes', () => {
  it('answers 429 with Retry-After for the next count requests, then recovers', async () => {
    const emulator = demoEmulator();
    emulator.faults.rateLimit({ count: 2, retryAfterSeconds: 7 });
    const answers = [await call(emulator, { path: PATH }), await call(emulator, { path: PATH }), await call(emulator, { path: PATH })];
    expect(answers.map((answer) => [answer.status, answer.headers['Retry-After']])).toEqual([
      [429, '7'],
      [429, '7'],
      [200, undefined],
    ]);
    expect(answers[0]?.json).toEqual(jiraError('Rate limit exceeded.'));
  });

  it('answers 429 carrying only X-RateLimit-Reset when Retry-After is missing', async () => {
    const emulator = demoEmulator();
    emulator.faults.rateLimitResetOnly({ count: 1, resetAt: new Date('2026-12-01T10:05:00.000Z') });
    const answer = await call(emulator, { path: PATH });
    expect([answer.status, answer.headers['X-RateLimit-Reset'], 'Retry-After' in answer.headers]).toEqual([429, '2026-12-01T10:05:00.000Z', false]);
  });

  it.each([500, 502, 503] as const)("answers %i in Jira's error shape when serverError is on", async (status) => {
    const emulator = demoEmulator();
    emulator.faults.serverError({ count: 1, status });
    const [failed, next] = [await call(emulator, { path: PATH }), await call(emulator, { path: PATH })];
    expect([failed.status, Object.keys(failed.json as object), next.status]).toEqual([status, ['errorMessages', 'errors'], 200]);
  });

  it('applies queued faults in the order they were switched on', async () => {
    const emulator = demoEmulator();
    emulator.faults.serverError({ count: 1, status: 503 });
    emulator.faults.rateLimit({ count: 1, retryAfterSeconds: 1 });
    const statuses = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await call(emulator, { path: PATH })).status);
    expect(statuses).toEqual([503, 429, 200]);
  });

  it('delays every answer when slow is on, until cleared', async () => {
    const emulator = demoEmulator();
    emulator.faults.slow({ ms: 60 });
    const started = Date.now();
    await call(emulator, { path: PATH });
    const slowMs = Date.now() - started;
    emulator.faults.clear();
    const restarted = Date.now();
    await call(emulator, { path: PATH });
    expect([slowMs >= 55, Date.now() - restarted < 55]).toEqual([true, true]);
  });

  it('answers normally once faults are cleared', async () => {
    const emulator = demoEmulator();
    emulator.faults.rateLimit({ count: 5, retryAfterSeconds: 1 });
    emulator.faults.clear();
    expect((await call(emulator, { path: PATH })).status).toBe(200);
  });
});

describe('request log', () => {
  it('records every request, faulted ones included, until cleared', async () => {
    const emulator = demoEmulator();
    emulator.faults.serverError({ count: 1, status: 500 });
    await call(emulator, { path: PATH, accountId: 'someone' });
    await call(emulator, { method: 'PUT', path: '/rest/api/3/issue/SHOP-4/properties/okr', body: 1 });
    const logged = [...emulator.requestLog];
    emulator.clearRequestLog();
    expect([logged, emulator.requestLog]).toEqual([
      [
        { method: 'GET', path: PATH, accountId: 'someone' },
        { method: 'PUT', path: '/rest/api/3/issue/SHOP-4/properties/okr', body: '1' },
      ],
      [],
    ]);
  });
});
