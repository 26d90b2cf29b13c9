/**
 * Every Compose file under examples/deployments/docker: real `compose config -q` (v2 when
 * present, else v1 from `scripts/setup/compose.sh`) and the Compose Specification JSON Schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeConfigErrors, exampleEnvFor, findComposeCli, parseComposeText, validateComposeSpec } from '../helpers/compose-spec.js';
import type { ComposeCli } from '../helpers/compose-spec.js';
import { dockerExamplesDir, listFiles } from './tools.js';
import { DOT_AI_VERSION } from '../helpers/repo.js';

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

  it('examples/deployments/docker holds compose files, including docker-compose.yml', () => {
    expect(composeFiles.map((f) => basename(f))).toContain('docker-compose.yml');
  });

  it.each(composeFiles.map((f) => [basename(f), f]))('%s: compose config -q accepts it', async (_n, file) => {
    // `env_file: ${DOT_AI_ENV_FILE:-.env}`: point such variables at the shipped .example file.
    const env = exampleEnvFor(readFileSync(file, 'utf8'), existsSync, dirname(file));
    expect(await composeConfigErrors(cli, file, env)).toBeUndefined();
  });

  it.each(composeFiles.map((f) => [basename(f), f]))('%s: valid against the Compose Specification schema', (_n, file) => {
    expect(validateComposeSpec(parseComposeText(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it.each(composeFiles.map((f) => [basename(f), f]))('%s: dot-ai image pinned to the release', (_n, file) => {
    const images = [...readFileSync(file, 'utf8').matchAll(/image:\s*["']?(ghcr\.io\/vfarcic\/dot-ai\S*?)["']?\s*$/gm)].map((m) => m[1]);
    for (const i of images) expect(i).toBe(`ghcr.io/vfarcic/dot-ai:${DOT_AI_VERSION}`);
  });

  it('the schema check is real: unknown keys and bad types fail', () => {
    expect(validateComposeSpec({ services: { a: { image: 'x:1', restart_policy: 'always' } } })).toEqual(['/services/a: unknown field "restart_policy"']);
    expect(validateComposeSpec({ services: { a: { image: 'x:1', healthcheck: { interval: 'often' } } } }).join()).toMatch(/interval/);
    expect(validateComposeSpec({ services: { a: { image: 'x:1', ports: ['127.0.0.1:3456:3456'], healthcheck: { interval: '15s' } } } })).toEqual([]);
  });

  it('compose config -q is real: a broken file is refused', async () => {
    const broken = `${dockerExamplesDir}/.kit-broken-compose.yml`;
    const { writeFileSync, rmSync } = await import('node:fs');
    writeFileSync(broken, 'services:\n  a:\n    image: x:1\n    ports: 12\n');
    try {
      expect(await composeConfigErrors(cli, broken)).toMatch(/ports/);
    } finally {
      rmSync(broken, { force: true });
    }
  });
});
