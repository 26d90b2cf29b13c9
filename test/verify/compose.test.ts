/**
 * Every Compose file under examples/deployments/docker against the Compose Specification JSON
 * Schema (real `compose config -q` on them: compose.real.test.ts).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

  it.each(composeFiles.map((f) => [basename(f), f]))('%s: dot-ai and plugin images pinned to the release', (_n, file) => {
    const images = [...readFileSync(file, 'utf8').matchAll(/image:\s*["']?(ghcr\.io\/vfarcic\/dot-ai\S*?)["']?\s*$/gm)].map((m) => m[1]);
    for (const i of images) expect([`ghcr.io/vfarcic/dot-ai:${DOT_AI_VERSION}`, `ghcr.io/vfarcic/dot-ai-agentic-tools:${DOT_AI_VERSION}`]).toContain(i);
  });

  const httpFiles = composeFiles.filter((f) => /^docker-compose/.test(basename(f)));
  it.each(httpFiles.map((f) => [basename(f), f]))('%s: the agentic-tools plugin beside dot-ai, found through /etc/dot-ai/plugins.json', (_n, file) => {
    const doc = parse(readFileSync(file, 'utf8')) as { services: Record<string, { image?: string; environment?: Record<string, string>; volumes?: unknown[]; depends_on?: Record<string, unknown> }> };
    const plugin = doc.services['agentic-tools'];
    expect(plugin?.image).toBe(`ghcr.io/vfarcic/dot-ai-agentic-tools:${DOT_AI_VERSION}`);
    expect(plugin?.environment?.QDRANT_URL).toBe('http://qdrant:6333');
    expect(doc.services['dot-ai']?.volumes).toContain('./plugins.json:/etc/dot-ai/plugins.json:ro');
    expect(Object.keys(doc.services['dot-ai']?.depends_on ?? {})).toContain('agentic-tools');
    const listed = JSON.parse(readFileSync(join(dirname(file), 'plugins.json'), 'utf8')) as unknown;
    expect(listed).toEqual([{ name: 'agentic-tools', url: 'http://agentic-tools:8080' }]);
  });

  it('.env.example sets the token (empty, to generate), the session dir and telemetry off', () => {
    const env = readFileSync(join(dockerExamplesDir, '.env.example'), 'utf8');
    expect(env).toMatch(/^DOT_AI_AUTH_TOKEN=$/m);
    expect(env).toContain('openssl rand -hex 32');
    expect(env).toMatch(/^DOT_AI_SESSION_DIR=\/app\/sessions$/m);
    expect(env).toMatch(/^DOT_AI_TELEMETRY=false$/m);
  });

  it('the schema check is real: unknown keys and bad types fail', () => {
    expect(validateComposeSpec({ services: { a: { image: 'x:1', restart_policy: 'always' } } })).toEqual(['/services/a: unknown field "restart_policy"']);
    expect(validateComposeSpec({ services: { a: { image: 'x:1', healthcheck: { interval: 'often' } } } }).join()).toMatch(/interval/);
    expect(validateComposeSpec({ services: { a: { image: 'x:1', ports: ['127.0.0.1:3456:3456'], healthcheck: { interval: '15s' } } } })).toEqual([]);
  });
});
