import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { type JsonSchema, type SpecName, loadSpec } from './openapi-spec';

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * One Ajv holding both spec documents (ids 'platform.json' and 'software.json'), so `$ref`s to
 * components resolve inside the document they come from. strict is off because OpenAPI schemas carry
 * keywords JSON Schema does not know (`example`, `xml`, `x-*`); `nullable` is understood natively.
 */
function instance(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    addFormats(ajv);
    (['platform', 'software'] as SpecName[]).forEach((name) => ajv!.addSchema({ components: loadSpec(name).components }, `${name}.json`));
  }
  return ajv;
}

/** Rewrites '#/components/...' to '<spec>.json#/components/...' in a schema taken out of its document. */
function anchored(spec: SpecName, schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map((item) => anchored(spec, item));
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${spec}.json${value}` : anchored(spec, value),
    ]),
  );
}

/** Validates `value` against a schema from `spec`; `cacheKey` names the schema so it compiles once. */
export function validateAgainst(spec: SpecName, schema: JsonSchema, value: unknown, cacheKey: string): ErrorObject[] {
  let validate = compiled.get(cacheKey);
  if (!validate) {
    validate = instance().compile(anchored(spec, schema) as JsonSchema);
    compiled.set(cacheKey, validate);
  }
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

export function describeError(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  const extra = error.keyword === 'additionalProperties' ? ` '${String(error.params.additionalProperty)}'` : '';
  return `${where} ${error.message ?? error.keyword}${extra}`;
}
