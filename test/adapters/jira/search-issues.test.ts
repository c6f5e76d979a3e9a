import { JiraClient } from '../../../src/adapters/jira/jira-client';
import { searchAllIssues } from '../../../src/adapters/jira/search-issues';
import { scriptedJira } from '../../support/scripted-jira';

const request = { jql: 'project = XD', fields: ['summary'] };

describe('searchAllIssues', () => {
  it('stops after page 2 when it has no token and no isLast: exactly 2 requests, issues A, B, C', async () => {
    const jira = scriptedJira([{ body: { issues: [{ id: 'A' }, { id: 'B' }], nextPageToken: 't1' } }, { body: { issues: [{ id: 'C' }] } }]);
    const issues = await searchAllIssues(new JiraClient(jira.requestJira), request);
    expect(issues.map((issue) => issue.id)).toEqual(['A', 'B', 'C']);
    expect(jira.requests).toHaveLength(2);
    expect(jira.requests[1]?.body).toMatchObject({ nextPageToken: 't1' });
  });

  it('never loops on a token seen twice', async () => {
    const jira = scriptedJira([
      { body: { issues: [{ id: 'A' }], nextPageToken: 't1' } },
      { body: { issues: [{ id: 'B' }], nextPageToken: 't1' } },
      { body: { issues: [{ id: 'never' }] } },
    ]);
    const issues = await searchAllIssues(new JiraClient(jira.requestJira), request);
    expect(issues.map((issue) => issue.id)).toEqual(['A', 'B']);
    expect(jira.requests).toHaveLength(2);
  });

  it('stops on isLast even when a token is present', async () => {
    const jira = scriptedJira([{ body: { issues: [{ id: 'A' }], nextPageToken: 't1', isLast: true } }]);
    expect(await searchAllIssues(new JiraClient(jira.requestJira), request)).toHaveLength(1);
    expect(jira.requests).toHaveLength(1);
  });

  it('posts to /rest/api/3/search/jql with the fields, properties and reconcileIssues it was given', async () => {
    const jira = scriptedJira([{ body: { issues: [], isLast: true } }]);
    await searchAllIssues(new JiraClient(jira.requestJira), { ...request, properties: ['okr-links'], reconcileIssues: [10001] });
    expect(jira.requests[0]).toEqual({
      method: 'POST',
      path: '/rest/api/3/search/jql',
      body: { jql: 'project = XD', fields: ['summary'], maxResults: 100, properties: ['okr-links'], reconcileIssues: [10001] },
    });
  });
});
