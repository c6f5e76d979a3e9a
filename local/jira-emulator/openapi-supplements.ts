import type { JsonSchema } from './openapi-spec';

/**
 * Operations whose spec response has no schema at all: rather than check nothing, their bodies are
 * checked against the spec's own component for that entity. Error statuses without a schema are
 * checked against ErrorCollection, the shape every Jira error body has.
 */
const SPRINT_PAGE: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['maxResults', 'startAt', 'isLast', 'values'],
  properties: {
    maxResults: { type: 'integer' },
    startAt: { type: 'integer' },
    total: { type: 'integer' },
    isLast: { type: 'boolean' },
    values: { type: 'array', items: { $ref: '#/components/schemas/SprintBean' } },
  },
};
const SPRINT: JsonSchema = { $ref: '#/components/schemas/SprintBean' };
const SEARCH_RESULTS: JsonSchema = { $ref: '#/components/schemas/SearchResults' };

export const RESPONSE_SCHEMA_SUPPLEMENTS: Record<string, JsonSchema> = {
  'software get /rest/agile/1.0/board/{boardId}/sprint 200': SPRINT_PAGE,
  'software get /rest/agile/1.0/sprint/{sprintId} 200': SPRINT,
  'software post /rest/agile/1.0/sprint 201': SPRINT,
  'software post /rest/agile/1.0/sprint/{sprintId} 200': SPRINT,
  'software put /rest/agile/1.0/sprint/{sprintId} 200': SPRINT,
  'software get /rest/agile/1.0/sprint/{sprintId}/issue 200': SEARCH_RESULTS,
  'software get /rest/agile/1.0/board/{boardId}/sprint/{sprintId}/issue 200': SEARCH_RESULTS,
};
