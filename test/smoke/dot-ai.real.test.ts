/**
 * `smoke` on the REAL dot-ai 2.2.2 (its server and agentic-tools images built from its source on
 * this machine, /work/notes/dot-ai-facts.md), with dot-ai-release.yaml as dot-ai's repository would
 * carry it (fixtures/dot-ai/dot-ai-release.yaml): the docker method deploys the server, its plugin
 * and a Qdrant with a generated token and proves over MCP that the version is 2.2.2 and the vector
 * DB is wired; a wrong token, a missing plugin and a crashing server each fail with their one-line
 * cause; no token and no planted key is in any diagnostic file; nothing is left on the engine.
 * The images are this machine's (DOT_AI_REAL_IMAGE, DOT_AI_REAL_PLUGIN_IMAGE): elsewhere the file
 * skips, saying so.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { engineLeftovers, imageExists, requireDockerEngine, requireImage } from '../helpers/docker.js';
import { skipAllowed } from '../helpers/skip.js';
import { filesHolding, runSmoke, type SmokeRunResult } from './harness-helpers.js';

const SERVER = process.env.DOT_AI_REAL_IMAGE ?? 'local/dot-ai:2.2.2';
const PLUGIN = process.env.DOT_AI_REAL_PLUGIN_IMAGE ?? 'local/dot-ai-agentic-tools:2.2.2';
const QDRANT = process.env.DOT_AI_RELEASE_QDRANT_IMAGE ?? 'dot-ai-release/qdrant-standin:test';
const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures/dot-ai');
const IMAGES = `${SERVER},ghcr.io/vfarcic/dot-ai-agentic-tools=${PLUGIN}`;
/** What smoke-faults.yaml plants, and the token the probe sends there: none may reach a diagnostic file. */
const PLANTED = ['planted-deployed-token-6a1f', 'planted-anthropic-key-93c2', 'planted-openai-key-17d4'];
const PROBE_TOKEN = 'a-wrong-token-from-the-run-5e0b';

const engine = engineLeftovers((name) => /^smoke-(docker|wrong-token|no-plugin|crashing)-[0-9a-f]{6}(-|$)/.test(name));
let repo = '';
let missing: string | undefined;

beforeAll(async () => {
  await requireDockerEngine();
  await requireImage(QDRANT, 'run `node scripts/setup.mjs qdrant-standin` (the Qdrant stand-in image)');
  const absent = [];
  for (const image of [SERVER, PLUGIN]) if (!(await imageExists(image))) absent.push(image);
  if (absent.length) {
    missing = `the real dot-ai images ${absent.join(', ')} are not in the engine (built from dot-ai's source on the development machine; DOT_AI_REAL_IMAGE / DOT_AI_REAL_PLUGIN_IMAGE name others)`;
    return;
  }
  // dot-ai's repository as far as the smoke gate reads it: its package.json (the release version) and our configuration.
  repo = mkdtempSync(path.join(tmpdir(), 'dot-ai-real-'));
  writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify({ name: '@vfarcic/dot-ai', version: '2.2.2' }, null, 2)}\n`);
  for (const file of ['dot-ai-release.yaml', 'smoke-faults.yaml']) copyFileSync(path.join(FIXTURES, file), path.join(repo, file));
  await engine.start();
}, 300_000);

afterAll(async () => {
  if (repo) rmSync(repo, { recursive: true, force: true });
  if (!missing) expect(await engine.list()).toEqual([]);
});

function smoke(options: Record<string, string | boolean>): Promise<SmokeRunResult> {
  return runSmoke({ 'working-directory': repo, provider: 'docker', image: IMAGES, 'qdrant-image': QDRANT, ...options });
}

describe('smoke --provider docker on the real dot-ai 2.2.2', () => {
  test("dot-ai's configuration: server + agentic-tools + Qdrant with a generated token; MCP shows 2.2.2 and the vector DB connected", async (ctx) => {
    if (missing) skipAllowed(ctx, missing);
    const run = await smoke({ methods: 'docker' });
    expect(run.error).toBeUndefined();
    const docker = run.method('docker');
    expect(docker.status).toBe('passed');
    expect(docker.how).toContain('agentic-tools beside it');
    expect(docker.how).toContain('a generated DOT_AI_AUTH_TOKEN');
    const [probe] = docker.probes;
    expect(probe).toMatchObject({ endpoint: 'published port', ok: true, server: { name: 'dot-ai', version: '2.2.2' } });
    expect(probe!.tools).toHaveLength(9);
    // The JSON assertions held (else the probe fails); the answer as kept in the result (its start):
    const text = probe!['tool-call']!.text;
    expect(text).toMatch(/"version": \{\s*"version": "2\.2\.2"/);
    expect(text).toMatch(/"vectorDB": \{\s*"connected": true,\s*"url": "http:\/\/qdrant:6333"/);
    // The token: registered as a secret, in no line, no output.
    const [token] = run.reporter.secrets;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(run.reporter.text()).not.toContain(token);
    expect(JSON.stringify(run.methods)).not.toContain(token);
    expect(run.summary).not.toContain(token);
    rmSync(run.diagnostics, { recursive: true, force: true });
  }, 300_000);

  test('a wrong token, a missing plugin, a crashing server: each its one-line cause; no secret in any diagnostic file', async (ctx) => {
    if (missing) skipAllowed(ctx, missing);
    const run = await smoke({ config: 'smoke-faults.yaml', 'bearer-token': PROBE_TOKEN, timeout: '180', parallel: '3' });
    expect(run.ok).toBe(false);
    expect(run.method('wrong-token').cause).toBe(
      'published port: initialize refused: HTTP 401 {"success":false,"error":{"code":"UNAUTHORIZED","message":"Invalid authentication token."}} (WWW-Authenticate: Bearer resource_metadata="http://localhost:3456/.well-known/oauth-protected-resource")',
    );
    expect(run.method('no-plugin').cause).toBe('published port: tool version: system.vectorDB.connected is false, expected true');
    expect(run.method('crashing').cause).toMatch(/^published port: while probed: container smoke-crashing-[0-9a-f]{6} exited with code 1: Error: Session directory does not exist: \/nonexistent\/sessions$/);
    for (const m of run.methods) expect(m.seconds, m.method).toBeLessThan(60);
    // Every artifact of every failing method: no token (generated or given), no planted key.
    const secrets = [...new Set([...run.reporter.secrets, PROBE_TOKEN, ...PLANTED])];
    expect(run.reporter.secrets).toContain(PROBE_TOKEN);
    expect(filesHolding(run.diagnostics, secrets)).toEqual([]);
    for (const m of run.methods) expect(readdirSync(path.join(run.diagnostics, m.method))).toContain(`${m.runName}.inspect.json`);
    expect(JSON.stringify(run.methods)).not.toMatch(new RegExp(secrets.join('|')));
    rmSync(run.diagnostics, { recursive: true, force: true });
  }, 600_000);
});
