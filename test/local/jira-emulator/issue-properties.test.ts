import { ALEX, BASE, SAM, call, callInvalid, demoEmulator, jiraError } from './emulator-test-kit';

const propertyPath = (issue: string, key = 'okr') => `/rest/api/3/issue/${issue}/properties/${key}`;

describe('issue properties', () => {
  it('answers 201 when a property is created and 200 when it is replaced', async () => {
    const emulator = demoEmulator();
    const created = await call(emulator, { method: 'PUT', path: propertyPath('SHOP-4'), body: { krIds: ['kr-1'] } });
    const replaced = await call(emulator, { method: 'PUT', path: propertyPath('SHOP-4'), body: { krIds: ['kr-2'] } });
    const read = await call(emulator, { path: propertyPath('SHOP-4') });
    expect([created.status, replaced.status, read.json]).toEqual([201, 200, { key: 'okr', value: { krIds: ['kr-2'] } }]);
  });

  it('lists the keys of an issue with their self URLs', async () => {
    const emulator = demoEmulator();
    await call(emulator, { method: 'PUT', path: propertyPath('SHOP-4'), body: 1 });
    const answer = await call(emulator, { path: '/rest/api/3/issue/10004/properties' });
    expect(answer.json).toEqual({ keys: [{ self: `${BASE}/rest/api/3/issue/SHOP-4/properties/okr`, key: 'okr' }] });
  });

  it('answers 204 when a property is deleted and 404 when it is read afterwards', async () => {
    const emulator = demoEmulator();
    await call(emulator, { method: 'PUT', path: propertyPath('SHOP-4'), body: true });
    const deleted = await call(emulator, { method: 'DELETE', path: propertyPath('SHOP-4') });
    const read = await call(emulator, { path: propertyPath('SHOP-4') });
    expect([deleted.status, deleted.raw, read.status, read.json]).toEqual([
      204,
      '',
      404,
      jiraError("The property with key 'okr' does not exist on issue 'SHOP-4'."),
    ]);
  });

  it('answers 404 when deleting a property that does not exist', async () => {
    const answer = await call(demoEmulator(), { method: 'DELETE', path: propertyPath('SHOP-4') });
    expect(answer.status).toBe(404);
  });

  it('answers 400 when the value is over 32768 bytes', async () => {
    const emulator = demoEmulator();
    const answer = await call(emulator, { method: 'PUT', path: propertyPath('SHOP-4'), body: { blob: 'x'.repeat(32768) } });
    const stored = await call(emulator, { path: propertyPath('SHOP-4') });
    expect([answer.status, answer.json, stored.status]).toEqual([
      400,
      jiraError("The value of property 'okr' is too long. It must not exceed 32768 bytes."),
      404,
    ]);
  });

  it('accepts a value of exactly 32768 bytes', async () => {
    const answer = await call(demoEmulator(), { method: 'PUT', path: propertyPath('SHOP-4'), body: `"${'x'.repeat(32766)}"` });
    expect(answer.status).toBe(201);
  });

  it('answers 400 when the body is not JSON', async () => {
    const answer = await callInvalid(demoEmulator(), { method: 'PUT', path: propertyPath('SHOP-4'), body: '{not json' });
    expect([answer.status, answer.json]).toEqual([400, jiraError('The property value must be a valid, non-empty JSON value.')]);
  });

  it('answers 403 when the user can browse but not edit the project', async () => {
    const emulator = demoEmulator();
    const answer = await call(emulator, { method: 'PUT', path: propertyPath('SHOP-4'), body: 1, accountId: SAM });
    const byEditor = await call(emulator, { method: 'PUT', path: propertyPath('SHOP-4'), body: 1, accountId: ALEX });
    expect([answer.status, answer.json, byEditor.status]).toEqual([403, jiraError('You do not have permission to edit issues in this project.'), 201]);
  });

  it('answers 404 on every property call when the user cannot browse the project', async () => {
    const emulator = demoEmulator();
    const statuses = await Promise.all([
      call(emulator, { path: '/rest/api/3/issue/FIN-1/properties', accountId: SAM }),
      call(emulator, { path: propertyPath('FIN-1'), accountId: SAM }),
      call(emulator, { method: 'PUT', path: propertyPath('FIN-1'), body: 1, accountId: SAM }),
      call(emulator, { method: 'DELETE', path: propertyPath('FIN-1'), accountId: SAM }),
    ]);
    expect(statuses.map((answer) => answer.status)).toEqual([404, 404, 404, 404]);
  });

  it('sets properties on several issues and answers 303 to a completed task when using properties/multi', async () => {
    const emulator = demoEmulator();
    const body = {
      issues: [
        { issueID: 10004, properties: { okr: { krIds: ['kr-1'] } } },
        { issueID: 10005, properties: { okr: { krIds: [] }, note: 'x' } },
      ],
    };
    const answer = await call(emulator, { method: 'POST', path: '/rest/api/3/issue/properties/multi', body });
    const location = answer.headers.Location ?? '';
    const task = await call<{ status: string; progress: number }>(emulator, { path: location.replace(BASE, '') });
    const values = await Promise.all(['SHOP-4/properties/okr', 'SHOP-5/properties/note'].map((path) => call(emulator, { path: `/rest/api/3/issue/${path}` })));
    expect([answer.status, location, task.json.status, task.json.progress, values.map((value) => value.json)]).toEqual([
      303,
      `${BASE}/rest/api/3/task/10000`,
      'COMPLETE',
      100,
      [
        { key: 'okr', value: { krIds: ['kr-1'] } },
        { key: 'note', value: 'x' },
      ],
    ]);
  });

  it('answers 400 and writes nothing when a multi body is invalid', async () => {
    const emulator = demoEmulator();
    const answer = await callInvalid(emulator, {
      method: 'POST',
      path: '/rest/api/3/issue/properties/multi',
      body: { issues: [{ issueID: 'SHOP-4', properties: {} }] },
    });
    expect([answer.status, (answer.json as { errorMessages: string[] }).errorMessages]).toEqual([
      400,
      ['Invalid request payload. Refer to the REST API documentation and try again.'],
    ]);
  });
});
