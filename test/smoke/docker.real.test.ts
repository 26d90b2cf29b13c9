/**
 * The `docker` smoke method for real: the reference server's image run as the guide runs it, on the
 * real Docker engine, probed over MCP; and each kind of failure diagnosed, with nothing left behind.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseInputs } from '../../src/smoke/inputs.js';
import { engineLeftovers, requireDockerEngine, requireImage } from '../helpers/docker.js';
import { DOT_AI_VERSION, ROOT } from '../helpers/repo.js';
import { buildPluginImage, buildServerImage } from '../helpers/reference-server.js';
import { madeByThisFile, runSmoke } from './harness-helpers.js';

const QDRANT = process.env.DOT_AI_RELEASE_QDRANT_IMAGE ?? 'dot-ai-release/qdrant-standin:test';
const GOOD = `local/dot-ai-smoke:${DOT_AI_VERSION}`;
const OTHER_VERSION = '0.0.1-smoke';
const WRONG_VERSION = `local/dot-ai-smoke:${OTHER_VERSION}`;
/** The reference agentic-tools plugin, released with the server: the candidate's second image. */
const PLUGIN = `local/dot-ai-plugin-smoke:${DOT_AI_VERSION}`;

/** What this file's runs made (test/smoke/dot-ai.real.test.ts runs a docker method too, maybe at the same time). */
const engine = engineLeftovers(madeByThisFile);

beforeAll(async () => {
  await requireDockerEngine();
  await requireImage(QDRANT, 'run `node scripts/setup.mjs qdrant-standin` (the Qdrant stand-in image)');
  await buildServerImage(GOOD);
  await buildServerImage(WRONG_VERSION, { version: OTHER_VERSION });
  await buildPluginImage(PLUGIN);
  await engine.start();
}, 900_000);

/** Whatever this file's runs made and did not remove. */
function leftovers(): Promise<string[]> {
  return engine.list();
}

afterAll(async () => {
  expect(await leftovers()).toEqual([]);
});

/** The docker method alone, with the Qdrant stand-in; its one result is `run.method('docker')`. */
function smoke(options: Record<string, string | boolean>) {
  return runSmoke({ 'working-directory': ROOT, methods: 'docker', provider: 'docker', 'qdrant-image': QDRANT, ...options });
}

describe('smoke: the docker method (single container + external Qdrant)', () => {
  test('the release candidate (server and plugin) passes: deployed the guide\'s way with a generated token, the plugin beside it, MCP initialize, tools/list, the version tool shows the release and the vector DB', async () => {
    const run = await smoke({ image: `${GOOD},ghcr.io/vfarcic/dot-ai-agentic-tools=${PLUGIN}` });
    expect(run.error).toBeUndefined();
    expect(run.ok).toBe(true);
    expect(run.method('docker')).toMatchObject({ method: 'docker', status: 'passed' });
    expect(run.method('docker').how).toContain('examples/deployments/docker/.env.example (copied to a 0600 .env');
    expect(run.method('docker').how).toContain('a generated DOT_AI_AUTH_TOKEN) and agentic-tools beside it');
    const [probe] = run.method('docker').probes;
    expect(probe).toMatchObject({ endpoint: 'published port', ok: true, server: { name: 'dot-ai-reference-server', version: DOT_AI_VERSION } });
    expect(probe!['tool-call']!.text).toContain(DOT_AI_VERSION);
    expect(probe!['tool-call']!.text).toMatch(/"vectorDB": \{\s*"connected": true,\s*"url": "http:\/\/qdrant:6333"/);
    expect(run.reporter.text()).not.toContain(run.reporter.secrets[0]);
    expect(run.summary).toMatch(/\| docker \| ✅ passed \|/);
    expect(await leftovers()).toEqual([]);
  }, 300_000);

  test('a method refused by its own checks (an env file outside the repository): one line, nothing started, no temp folder left', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'smoke-refused-'));
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'smoke-runner-temp-'));
    try {
      writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify({ name: 'refused', version: DOT_AI_VERSION })}\n`);
      writeFileSync(path.join(repo, 'dot-ai-release.yaml'), 'smoke:\n  methods:\n    - { name: docker, kind: docker, files: [../outside.env] }\n');
      const run = await runSmoke({ 'working-directory': repo, methods: 'docker', provider: 'docker', 'qdrant-image': QDRANT, image: GOOD }, { RUNNER_TEMP: runnerTemp });
      expect(run.ok).toBe(false);
      expect(run.error).toBe('smoke method docker: files[0]: "../outside.env" leaves the repository ("..")');
      expect(readdirSync(runnerTemp)).toEqual([]);
      expect(await leftovers()).toEqual([]);
    } finally {
      rmSync(repo, { recursive: true, force: true });
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  }, 120_000);

  test('a container that exits at start: the cause is its exit, diagnostics hold its inspect and logs', async () => {
    const run = await smoke({ image: 'local/node:bookworm', timeout: '60' });
    expect(run.ok).toBe(false);
    expect(run.method('docker').cause).toMatch(/^(published port: while probed: )?container smoke-docker-[0-9a-f]{6} exited with code \d+/);
    expect(run.error).toBe(`smoke: docker: ${run.method('docker').cause}`);
    expect(existsSync(`${run.diagnostics}/docker/probe.json`)).toBe(true);
    const inspect = readFileSync(`${run.diagnostics}/docker/${/smoke-docker-[0-9a-f]{6}/.exec(run.method('docker').cause!)![0]}.inspect.json`, 'utf8');
    expect(JSON.parse(inspect).State.Status).toBe('exited');
    expect(await leftovers()).toEqual([]);
  }, 300_000);

  test('a server running another version: the tool call names both versions', async () => {
    const run = await smoke({ image: WRONG_VERSION });
    expect(run.ok).toBe(false);
    expect(run.method('docker').cause).toBe(`published port: tool version returned ${OTHER_VERSION}, expected ${DOT_AI_VERSION}`);
  }, 300_000);

  test('Qdrant unreachable: a tool that needs it fails, naming Qdrant', async () => {
    // A "Qdrant" that exits at once: the server starts, but search_knowledge cannot reach it.
    const run = await smoke({ image: GOOD, 'qdrant-image': 'local/node:bookworm', tool: 'search_knowledge', 'tool-args': '{"query":"x"}', expect: 'anything' });
    expect(run.ok).toBe(false);
    expect(run.method('docker').cause).toMatch(/^published port: tool search_knowledge .*Qdrant is unreachable at QDRANT_URL=http:\/\/qdrant:6333/);
  }, 300_000);

  test('a method past its time budget stops there and says so', async () => {
    const run = await smoke({ image: GOOD, timeout: '2' });
    expect(run.ok).toBe(false);
    expect(run.method('docker').cause).toMatch(/time budget of 2 s spent/);
    expect(await leftovers()).toEqual([]);
  }, 300_000);

  test('an unknown method or a method whose files are missing is named before anything starts', async () => {
    expect(() => parseInputs({ 'working-directory': ROOT, methods: 'dockr', provider: 'docker' })).toThrow(/^input methods: unknown method "dockr"/);
    expect(() => parseInputs({ 'working-directory': ROOT, methods: 'helm', provider: 'docker' })).toThrow(/^input methods: helm need Kubernetes, but provider is docker/);
  });
});

describe('the Docker methods do not wait for the cluster', () => {
  test('a cluster that does not answer: the docker method has run and passed meanwhile, then the run fails with the cluster, nothing left behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smoke-unreachable-'));
    try {
      // A kubeconfig whose only cluster listens nowhere (port 1): the provider's look at it fails at once.
      const kubeconfig = path.join(dir, 'kubeconfig');
      writeFileSync(kubeconfig, [
        'apiVersion: v1', 'kind: Config', 'current-context: nowhere',
        'clusters: [{name: nowhere, cluster: {server: "https://127.0.0.1:1"}}]',
        'contexts: [{name: nowhere, context: {cluster: nowhere, user: nobody}}]',
        'users: [{name: nobody, user: {token: not-a-token}}]', '',
      ].join('\n'));
      const run = await runSmoke({ 'working-directory': ROOT, methods: 'docker,kubernetes', provider: 'cluster', kubeconfig, 'qdrant-image': QDRANT, image: `${GOOD},ghcr.io/vfarcic/dot-ai-agentic-tools=${PLUGIN}` });
      expect(run.ok).toBe(false);
      expect(run.error).toMatch(/^cluster of context nowhere does not answer: /);
      const lines = run.reporter.lines;
      expect(lines.some((l) => l.startsWith('info: [docker] deployed: '))).toBe(true);
      expect(lines.some((l) => /^info: \[docker\] published port: MCP ok \(dot-ai-reference-server /.test(l))).toBe(true);
      expect(lines.some((l) => l.includes('[kubernetes]'))).toBe(false);
      expect(await leftovers()).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
