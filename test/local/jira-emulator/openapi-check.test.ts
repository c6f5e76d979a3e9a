import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SPEC_EXCEPTIONS, findOperation, validateRequest, validateResponse } from '../../../local/jira-emulator/openapi-check';
import { loadSpec } from '../../../local/jira-emulator/openapi-spec';

const FIXTURES = resolve(__dirname, '../../../../shared/jira-fixtures');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

describe('findOperation', () => {
  it('matches a templated path and extracts its parameters', () => {
    const found = findOperation('PUT', '/rest/api/3/issue/SHOP-1/properties/okr?x=1');
    expect([found?.spec, found?.pathTemplate, found?.pathParams]).toEqual([
      'platform',
      '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
      { issueIdOrKey: 'SHOP-1', propertyKey: 'okr' },
    ]);
  });

  it('prefers literal segments over parameters', () => {
    expect(findOperation('POST', '/rest/api/3/issue/properties/multi')?.pathTemplate).toBe('/rest/api/3/issue/properties/multi');
  });

  it('finds agile operations in the software spec', () => {
    const found = findOperation('GET', '/rest/agile/1.0/board/7/sprint');
    expect([found?.spec, found?.pathTemplate]).toEqual(['software', '/rest/agile/1.0/board/{boardId}/sprint']);
  });

  it('finds nothing for paths or methods the specs do not have', () => {
    expect([
      findOperation('GET', '/rest/api/3/nothing/here'),
      findOperation('PATCH', '/rest/api/3/myself'),
      findOperation('GET', '/wiki/rest/api/space'),
    ]).toEqual([undefined, undefined, undefined]);
  });
});

describe('validateRequest', () => {
  it('accepts a spec-valid request', () => {
    expect(validateRequest({ method: 'GET', path: '/rest/api/3/search/jql?jql=project%3DA&fields=summary,status&maxResults=10&reconcileIssues=1,2' })).toEqual(
      [],
    );
  });

  it('reports an unknown endpoint', () => {
    expect(validateRequest({ method: 'GET', path: '/rest/api/3/nothing' })).toEqual(['No operation GET /rest/api/3/nothing in the Jira specs']);
  });

  it('reports an unknown query parameter and a malformed integer', () => {
    expect(validateRequest({ method: 'GET', path: '/rest/api/3/search/jql?jql=x&maxResults=ten&startAt=0' })).toEqual([
      "query parameter 'maxResults': (root) must be integer",
      "Unknown query parameter 'startAt' for GET /rest/api/3/search/jql",
    ]);
  });

  it('reports a path parameter of the wrong type', () => {
    expect(validateRequest({ method: 'GET', path: '/rest/agile/1.0/board/abc' })).toEqual(["path parameter 'boardId': (root) must be integer"]);
  });

  it('reports a body that does not match the schema', () => {
    expect(validateRequest({ method: 'POST', path: '/rest/api/3/search/jql', body: JSON.stringify({ jql: 'x', startAt: 5 }) })).toEqual([
      "body (root) must NOT have additional properties 'startAt'",
    ]);
  });

  it('reports a missing required body and a body sent to an operation without one', () => {
    expect([
      validateRequest({ method: 'POST', path: '/rest/api/3/search/jql' }),
      validateRequest({ method: 'GET', path: '/rest/api/3/myself', body: '{}' }),
    ]).toEqual([['The request body is required'], ['GET /rest/api/3/myself takes no request body']]);
  });
});

describe('validateResponse', () => {
  const search = { method: 'GET', path: '/rest/api/3/search/jql?jql=x' };

  it('reports a property the schema does not allow', () => {
    expect(validateResponse(search, { status: 200, body: JSON.stringify({ issues: [], isLast: true, total: 3 }) })).toEqual([
      "(root) must NOT have additional properties 'total'",
    ]);
  });

  it('reports a status the operation does not document', () => {
    expect(validateResponse(search, { status: 404, body: '' })).toEqual(['Status 404 is not documented for GET /rest/api/3/search/jql']);
  });

  it('checks error bodies against ErrorCollection when the status has no schema', () => {
    expect(validateResponse(search, { status: 400, body: JSON.stringify({ message: 'bad' }) })).toEqual([
      "(root) must NOT have additional properties 'message'",
    ]);
  });

  it("accepts undocumented rate limiting in Jira's error shape", () => {
    expect(validateResponse(search, { status: 429, body: JSON.stringify({ errorMessages: ['Rate limit exceeded.'], errors: {} }) })).toEqual([]);
  });

  it('checks agile sprint lists against SprintBean although the spec gives them no schema', () => {
    const body = JSON.stringify({ maxResults: 50, startAt: 0, isLast: true, values: [{ id: 1, state: 'active', color: 'red' }] });
    expect(validateResponse({ method: 'GET', path: '/rest/agile/1.0/board/1/sprint' }, { status: 200, body })).toEqual([
      "/values/0 must NOT have additional properties 'color'",
    ]);
  });
});

describe('recorded Jira responses against the specs', () => {
  it.each([
    ['search-jql-page.cloud.json', 'GET', '/rest/api/3/search/jql?jql=project%3DJAVA'],
    ['field-list.cloud.json', 'GET', '/rest/api/3/field'],
    ['statuscategories.json', 'GET', '/rest/api/3/statuscategory'],
    ['issue-property-keys.cloud.json', 'GET', '/rest/api/3/issue/FOO-123/properties'],
    ['issue-property.cloud.json', 'GET', '/rest/api/3/issue/FOO-123/properties/Bar1'],
    ['agile-board-sprints.json', 'GET', '/rest/agile/1.0/board/734/sprint'],
    ['agile-sprint-issues.json', 'GET', '/rest/agile/1.0/sprint/740/issue'],
  ])('validates %s', (file, method, path) => {
    expect(validateResponse({ method, path }, { status: 200, body: fixture(file) })).toEqual([]);
  });
});

describe('SPEC_EXCEPTIONS', () => {
  it('names only operations the specs have, each with a reason', () => {
    const problems = SPEC_EXCEPTIONS.filter(
      (exception) => exception.reason.length < 40 || !loadSpec(exception.spec).paths[exception.pathTemplate]?.[exception.method],
    );
    expect(problems).toEqual([]);
  });
});
