import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALEX, BASE, SAM, call, demoEmulator, jiraError } from './emulator-test-kit';

interface Field {
  id: string;
  name: string;
  schema?: { custom?: string };
}

describe('site metadata endpoints', () => {
  const emulator = demoEmulator();

  it('lists the Sprint field and both story point fields with their custom types', async () => {
    const answer = await call<Field[]>(emulator, { path: '/rest/api/3/field' });
    const custom = answer.json.filter((field) => field.schema?.custom).map((field) => [field.id, field.name, field.schema?.custom]);
    expect(custom).toEqual([
      ['customfield_10020', 'Sprint', 'com.pyxis.greenhopper.jira:gh-sprint'],
      ['customfield_10026', 'Story Points', 'com.atlassian.jira.plugin.system.customfieldtypes:float'],
      ['customfield_10016', 'Story point estimate', 'com.pyxis.greenhopper.jira:jsw-story-points'],
    ]);
  });

  it('lists the system fields a client needs', async () => {
    const answer = await call<Field[]>(emulator, { path: '/rest/api/3/field' });
    expect(answer.json.map((field) => field.id)).toEqual(expect.arrayContaining(['summary', 'status', 'parent', 'issuetype', 'project', 'created']));
  });

  it('answers the status categories of the recorded fixture', async () => {
    const fixture = JSON.parse(readFileSync(resolve(__dirname, '../../../../shared/jira-fixtures/statuscategories.json'), 'utf8')) as { self: string }[];
    const answer = await call(emulator, { path: '/rest/api/3/statuscategory' });
    expect(answer.json).toEqual(
      fixture.map((category) => ({ ...category, self: category.self.replace('https://issues.apache.org/jira/rest/api/2', `${BASE}/rest/api/3`) })),
    );
  });

  it('answers the acting user from /myself', async () => {
    const answer = await call(emulator, { path: '/rest/api/3/myself', accountId: SAM });
    expect(answer.json).toEqual(
      expect.objectContaining({ accountId: SAM, displayName: 'Sam Chen', emailAddress: 'sam.chen@example.com', accountType: 'atlassian', active: true }),
    );
  });

  it('answers the app account from /myself when acting as the app', async () => {
    const answer = await call(emulator, { path: '/rest/api/3/myself' });
    expect(answer.json).toEqual(expect.objectContaining({ accountType: 'app', displayName: 'OKRs for Jira' }));
  });

  it('answers a user by account id and 404 for an unknown one', async () => {
    const found = await call(emulator, { path: `/rest/api/3/user?accountId=${encodeURIComponent(ALEX)}` });
    const missing = await call(emulator, { path: '/rest/api/3/user?accountId=nobody' });
    expect([found.json, missing.status, missing.json]).toEqual([
      expect.objectContaining({ accountId: ALEX, displayName: 'Alex Rivera' }),
      404,
      jiraError('Specified user does not exist or you do not have required permissions'),
    ]);
  });

  it('answers a page of the known users from /user/bulk', async () => {
    const answer = await call<{ values: { displayName: string }[]; total: number; isLast: boolean }>(emulator, {
      path: `/rest/api/3/user/bulk?accountId=${encodeURIComponent(ALEX)}&accountId=${encodeURIComponent(SAM)}&accountId=ghost`,
    });
    expect([answer.json.values.map((user) => user.displayName), answer.json.total, answer.json.isLast]).toEqual([['Alex Rivera', 'Sam Chen'], 2, true]);
  });

  it('answers a project by key or id', async () => {
    const [byKey, byId] = await Promise.all([call(emulator, { path: '/rest/api/3/project/SHOP' }), call(emulator, { path: '/rest/api/3/project/10000' })]);
    expect([byKey.json, byId.json]).toEqual([
      expect.objectContaining({ id: '10000', key: 'SHOP', name: 'Shop Platform', style: 'classic', simplified: false, projectTypeKey: 'software' }),
      byKey.json,
    ]);
  });

  it('answers 404 for a project the user cannot browse', async () => {
    const answer = await call(emulator, { path: '/rest/api/3/project/FIN', accountId: SAM });
    expect([answer.status, answer.json]).toEqual([404, jiraError("No project could be found with key 'FIN'.")]);
  });

  it('lists only browsable projects from /project/search', async () => {
    const keys = async (accountId?: string) =>
      (await call<{ values: { key: string }[] }>(emulator, { path: '/rest/api/3/project/search', accountId })).json.values.map((project) => project.key);
    expect([await keys(), await keys(SAM)]).toEqual([['FIN', 'SHOP'], ['SHOP']]);
  });

  it('pages /project/search with startAt, maxResults, total and nextPage', async () => {
    const answer = await call(emulator, { path: '/rest/api/3/project/search?startAt=0&maxResults=1' });
    expect(answer.json).toEqual(
      expect.objectContaining({ startAt: 0, maxResults: 1, total: 2, isLast: false, nextPage: `${BASE}/rest/api/3/project/search?startAt=1&maxResults=1` }),
    );
  });

  it('answers browse and edit permissions per project from /mypermissions', async () => {
    const path = '/rest/api/3/mypermissions?projectKey=SHOP&permissions=BROWSE_PROJECTS,EDIT_ISSUES';
    const [alex, sam] = await Promise.all([
      call<{ permissions: Record<string, { havePermission: boolean }> }>(emulator, { path, accountId: ALEX }),
      call<{ permissions: Record<string, { havePermission: boolean }> }>(emulator, { path, accountId: SAM }),
    ]);
    expect(sam.json).toEqual({
      permissions: {
        BROWSE_PROJECTS: {
          id: '10',
          key: 'BROWSE_PROJECTS',
          name: 'Browse Projects',
          type: 'PROJECT',
          description: 'Ability to browse projects and the issues within them.',
          havePermission: true,
        },
        EDIT_ISSUES: { id: '12', key: 'EDIT_ISSUES', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.', havePermission: false },
      },
    });
    expect(alex.json.permissions.EDIT_ISSUES?.havePermission).toBe(true);
  });

  it('answers 400 from /mypermissions when permissions are missing or unknown', async () => {
    const [missing, unknown] = await Promise.all([
      call(emulator, { path: '/rest/api/3/mypermissions?projectKey=SHOP' }),
      call(emulator, { path: '/rest/api/3/mypermissions?permissions=FLY' }),
    ]);
    expect([missing.status, unknown.status, unknown.json]).toEqual([400, 400, jiraError('Unrecognized permission keys: FLY.')]);
  });
});
