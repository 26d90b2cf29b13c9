/**
 * Every Compose file under examples/deployments/docker through real `compose config -q` (v2 when
 * present, else v1 from `scripts/setup/compose.sh`); the schema checks are in compose.test.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeConfigErrors, exampleEnvFor, findComposeCli } from '../helpers/compose-spec.js';
import type { ComposeCli } from '../helpers/compose-spec.js';
import { dockerExamplesDir, listFiles } from './tools-helpers.js';

/** Compose files are the YAML files with a top-level `services:` map. */
const composeFiles = listFiles(dockerExamplesDir, ['.yml', '.yaml']).filter((f) => {
  const doc = parse(readFileSync(f, 'utf8')) as Record<string, unknown> | null;
  return !!doc && typeof doc.services === 'object';
});

describe('compose files', () => {
  let cli: ComposeCli;
  beforeAll(async () => {
    cli = await findComposeCli();
  });

  it.each(composeFiles.map((f) => [basename(f), f]))('%s: compose config -q accepts it', async (_n, file) => {
    // `env_file: ${DOT_AI_ENV_FILE:-.env}`: point such variables at the shipped .example file.
    const env = exampleEnvFor(readFileSync(file, 'utf8'), existsSync, dirname(file));
    expect(await composeConfigErrors(cli, file, env)).toBeUndefined();
  });

  it('compose config -q is real: a broken file is refused', async () => {
    // In a directory of its own: compose.test.ts lists the examples directory, maybe at the same time.
    const dir = mkdtempSync(join(tmpdir(), 'kit-broken-compose-'));
    const broken = join(dir, 'compose.yml');
    writeFileSync(broken, 'services:\n  a:\n    image: x:1\n    ports: 12\n');
    try {
      expect(await composeConfigErrors(cli, broken)).toMatch(/ports/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
