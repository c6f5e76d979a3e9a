import { validateRequest } from '../../local/jira-emulator/openapi-check';
import { EmulatorTransport } from '../../local/runtime/jira/emulator-transport';
import { sentToJira } from '../support/jira-spec-check';

describe('the suite-wide Jira spec check', () => {
  it('records each request the app sends and would fail on one the spec does not know', async () => {
    const transport = new EmulatorTransport({ handle: async () => ({ status: 410, body: '' }) });
    await transport.request({ method: 'GET', path: '/rest/api/3/issue/XD-1/okr-links', headers: {} });
    await transport.request({ method: 'POST', path: '/rest/api/3/search/jql', body: JSON.stringify({ jql: 'project = XD', pageSize: 5 }), headers: {} });

    const [unknownEndpoint, unknownField] = sentToJira.splice(-2).map((request) => validateRequest(request));
    expect(unknownEndpoint).toEqual(['No operation GET /rest/api/3/issue/XD-1/okr-links in the Jira specs']);
    expect(unknownField?.join(' ')).toMatch(/pageSize/);
  });
});
