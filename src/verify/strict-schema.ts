/**
 * A direct (non-compiling) validator for the strict Kubernetes schemas of kube-api-schemas.ts. Those use
 * only `type`, `$ref` (to `#/definitions/X`), `items`, `additionalProperties`, `required`, `enum`
 * and `const`, so walking the object with the schema is enough — and takes microseconds, where
 * compiling the whole API with ajv cost ~200 ms per Kubernetes version at every run of `chart`.
 * Messages read like ajv's (`/spec: unknown field "x"`, `/spec/replicas: must be number`).
 */
import type { JsonSchema } from './kube-api-schemas.js';

type Schema = {
  type?: string | string[];
  $ref?: string;
  items?: Schema;
  additionalProperties?: boolean | Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer');
}

export class StrictSchema {
  private readonly definitions: Record<string, Schema>;
  constructor(root: JsonSchema) {
    this.definitions = (root.definitions ?? {}) as Record<string, Schema>;
  }

  has(definition: string): boolean {
    return definition in this.definitions;
  }

  /** Every problem of `value` against definition `name`, as `path: message` lines. */
  validate(name: string, value: unknown): string[] {
    const errors: string[] = [];
    this.walk({ $ref: `#/definitions/${name}` }, value, '', errors);
    return errors;
  }

  private walk(schema: Schema, value: unknown, at: string, errors: string[]): void {
    const where = at || '/';
    if (schema.$ref) {
      const target = this.definitions[schema.$ref.replace('#/definitions/', '')];
      if (!target) throw new Error(`schema reference ${schema.$ref} is not defined`);
      this.walk(target, value, at, errors);
      return;
    }
    if (schema.const !== undefined && value !== schema.const) {
      errors.push(`${where}: must be equal to constant`);
      return;
    }
    if (schema.enum && !schema.enum.includes(value)) {
      errors.push(`${where}: must be equal to one of the allowed values`);
      return;
    }
    if (schema.type) {
      const actual = typeOf(value);
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((t) => typeMatches(t, actual))) {
        errors.push(`${where}: must be ${types.join(',')}`);
        return;
      }
    }
    if (Array.isArray(value)) {
      if (schema.items) value.forEach((item, i) => this.walk(schema.items as Schema, item, `${at}/${i}`, errors));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in object)) errors.push(`${where}: missing required field "${key}"`);
    }
    for (const [key, child] of Object.entries(object)) {
      const property = schema.properties?.[key];
      const path = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (property) this.walk(property, child, path, errors);
      else if (schema.additionalProperties === false) errors.push(`${where}: unknown field "${key}"`);
      else if (typeof schema.additionalProperties === 'object') this.walk(schema.additionalProperties, child, path, errors);
    }
  }
}
