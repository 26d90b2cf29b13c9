/**
 * Every Compose file under examples/deployments/docker against the Compose Specification JSON
 * Schema (real `compose config -q` on them: compose.real.test.ts).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseComposeText, validateComposeSpec } from '../helpers/compose-spec.js';
import { dockerExamplesDir, listFiles } from './tools-helpers.js';
import { DOT_AI_VERSION } from '../helpers/repo.js';

/** Compose files are the YAML files with a top-level `services:` map. */
const composeFiles = listFiles(dockerExamplesDir, ['.yml', '.yaml']).filter((f) => {
  const doc = parse(readFileSync(f, 'utf8')) as Record<string, unknown> | null;
  return !!doc && typeof doc.services === 'object';
});

describe('compose files', () => {
  it('examples/deployments/docker holds compose files, including docker-compose.yml', () => {
    expect(composeFiles.map((f) => basename(f))).toContain('docker-compose.yml');
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
});
