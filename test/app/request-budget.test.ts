import type { LocalForge } from '../../local/runtime/local-forge';
import { invokeAsAlex, onIssue, seededDemoForge } from '../support/seeded-demo';

/** Jira's rate limits make every request count: the cheap surfaces must stay cheap. */
describe('Jira requests per surface on the demo site', () => {
  let forge: LocalForge;
  beforeAll(async () => (forge = await seededDemoForge()));
  afterAll(() => forge.close());

  it.each([
    ['okr-issue-panel', 'getIssuePanel'],
    ['okr-issue-context', 'getIssueContext'],
  ] as const)('answers %s for a story under a linked epic with two Jira requests (the issue and its epic)', async (moduleKey, functionKey) => {
    const { jiraRequests } = await invokeAsAlex(forge, moduleKey, onIssue('SHOP-17'), functionKey, {});
    expect(jiraRequests).toBe(2);
  });
});
