import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { literalCount, matchTemplate, splitPath } from './router';

/** Just enough of OpenAPI 3 to find operations and their schemas. */
export type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface OpenApiOperation {
  parameters?: (OpenApiParameter | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> } | { $ref: string };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, unknown>>;
}

export type SpecName = 'platform' | 'software';

export interface SpecOperation {
  spec: SpecName;
  method: string;
  pathTemplate: string;
  operation: OpenApiOperation;
  pathParams: Record<string, string>;
}

const SPEC_FILES: Record<SpecName, string> = {
  platform: 'jira-platform-swagger-v3.v3.json',
  software: 'jira-software-swagger.v3.json',
};

/** The specs live next to the repo in ../shared/jira-openapi; JIRA_OPENAPI_DIR points elsewhere. */
function specDir(): string {
  return process.env.JIRA_OPENAPI_DIR ?? resolve(__dirname, '../../../shared/jira-openapi');
}

const loaded = new Map<SpecName, OpenApiDocument>();

/** Parsed once per process: the platform spec alone is 2.4 MB. */
export function loadSpec(name: SpecName): OpenApiDocument {
  let spec = loaded.get(name);
  if (!spec) {
    spec = JSON.parse(readFileSync(join(specDir(), SPEC_FILES[name]), 'utf8')) as OpenApiDocument;
    loaded.set(name, spec);
  }
  return spec;
}

export function specFor(pathname: string): SpecName | undefined {
  if (pathname.startsWith('/rest/agile/1.0/')) return 'software';
  if (pathname.startsWith('/rest/api/3/')) return 'platform';
  return undefined;
}

/** The spec operation for a method and concrete path (query ignored); literal segments beat templates. */
export function findOperation(method: string, path: string): SpecOperation | undefined {
  const pathname = new URL(path, 'http://spec.invalid').pathname;
  const spec = specFor(pathname);
  if (!spec) return undefined;
  const segments = splitPath(pathname);
  const lowerMethod = method.toLowerCase();
  const matches = Object.entries(loadSpec(spec).paths)
    .filter(([, operations]) => operations[lowerMethod] !== undefined)
    .map(([template]) => ({ template, params: matchTemplate(template, segments) }))
    .filter((candidate): candidate is { template: string; params: Record<string, string> } => candidate.params !== undefined)
    .sort((a, b) => literalCount(b.template) - literalCount(a.template));
  const best = matches[0];
  if (!best) return undefined;
  const operation = loadSpec(spec).paths[best.template]?.[lowerMethod];
  return operation && { spec, method: lowerMethod, pathTemplate: best.template, operation, pathParams: best.params };
}

/** Follows a local `$ref` ('#/components/...') inside a spec document. */
export function resolveRef<T>(spec: SpecName, value: T | { $ref: string }): T {
  if (typeof value !== 'object' || value === null || !('$ref' in value)) return value;
  const pointer = value.$ref.replace(/^#\//, '').split('/');
  let target: unknown = loadSpec(spec);
  pointer.forEach((segment) => {
    target = (target as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  });
  return target as T;
}
