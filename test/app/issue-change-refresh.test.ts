import { DEMO_USERS } from '../../local/datasets/demo-site';
import type { LocalForge } from '../../local/runtime/local-forge';
import { invokeAsAlex, onIssue, seededDemoForge } from '../support/seeded-demo';

describe('an issue moved to Done in Jira', () => {
  let forge: LocalForge;
  beforeAll(async () => (forge = await seededDemoForge()));
  afterAll(() => forge.close());

  const doneStoryPoints = async (issueKey: string) =>
    (await invokeAsAlex(forge, 'okr-issue-panel', onIssue(issueKey), 'getIssuePanel', {})).data.linked[0]?.keyResult.work?.doneStoryPoints;

  it('moves its key results on the issue panel without anyone opening the project page', async () => {
    const before = await doneStoryPoints('SHOP-18');
    const answer = await forge.emulator?.handle({
      method: 'POST',
      path: '/rest/api/3/issue/SHOP-18/transitions',
      body: JSON.stringify({ transition: { id: '31' } }),
      accountId: DEMO_USERS.alex.accountId,
    });
    expect(answer?.status).toBe(204);
    await forge.drainQueues();
    expect([before, await doneStoryPoints('SHOP-18')]).toEqual([13, 15]);
  });
});
