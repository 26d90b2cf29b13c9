/**
 * The compose smoke methods for real, on the real Docker engine with Compose v2 (`docker compose`)
 * and Compose v1 (`docker-compose`): the shipped compose files (examples/deployments/docker)
 * deployed as the gate deploys them, with the reference server's image as the candidate, the Qdrant
 * stand-in for qdrant/qdrant and the local Node base for the dev file's build; probed over MCP;
 * each kind of failure diagnosed; nothing left behind (no container, network, volume or built image
 * of the run's projects). A consumer's repository (a temp dir with its own dot-ai-release.yaml)
 * carries the files that fail on purpose and the side-by-side run with the docker method.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { perform } from '../../src/tools/cleanup.js';
import type { MethodResultOutput } from '../../src/smoke/types.js';
import { findComposeCli } from '../../src/tools/compose.js';
import { engineLeftovers, LOCAL_NODE_IMAGE, requireDockerEngine, requireImage } from '../helpers/docker.js';
import { DOT_AI_VERSION, ROOT, snapshot } from '../helpers/repo.js';
import { buildPluginImage, buildServerImage, ensureServerBuilt } from '../helpers/reference-server.js';
import { filesHolding, madeByThisFile, runSmoke } from './harness-helpers.js';

const QDRANT = process.env.DOT_AI_RELEASE_QDRANT_IMAGE ?? 'dot-ai-release/qdrant-standin:test';
const GOOD = `local/dot-ai-smoke:${DOT_AI_VERSION}`;
const OTHER_VERSION = '0.0.1-smoke';
const WRONG_VERSION = `local/dot-ai-smoke:${OTHER_VERSION}`;
/** The reference agentic-tools plugin: the release's second image, run by the files' own plugin service. */
const PLUGIN = `local/dot-ai-plugin-smoke:${DOT_AI_VERSION}`;
/** The candidate: a server image and the plugin, as the release hands them over. */
const candidate = (server: string): string => `${server},ghcr.io/vfarcic/dot-ai-agentic-tools=${PLUGIN}`;
/** qdrant/qdrant and the Dockerfile's node:24-slim cannot be pulled here: their local stand-ins. */
const IMAGE_MAP = `qdrant/qdrant=${QDRANT},node:24-slim=${LOCAL_NODE_IMAGE}`;
const EXAMPLES = path.join(ROOT, 'examples/deployments/docker');
const figures: Record<string, string> = {};
/** What this file's runs made, by their run names (other files run smoke on the same engine). */
const engine = engineLeftovers(madeByThisFile);

beforeAll(async () => {
  await requireDockerEngine();
  await requireImage(QDRANT, 'run `node scripts/setup.mjs qdrant-standin` (the Qdrant stand-in image)');
  await requireImage(LOCAL_NODE_IMAGE);
  // Both CLIs must be there (scripts/setup/compose.sh): a missing one fails here, loudly.
  await findComposeCli('v2');
  await findComposeCli('v1');
  await buildServerImage(GOOD);
  await buildServerImage(WRONG_VERSION, { version: OTHER_VERSION });
  await buildPluginImage(PLUGIN);
  // docker-compose.dev.yml mounts the checkout over /app: it must be built, as the file's header says.
  await ensureServerBuilt();
  await engine.start();
}, 900_000);

afterAll(async () => {
  console.info(`compose smoke figures (one run, 2 cores): ${JSON.stringify(figures, null, 1)}`);
  expect(await leftovers()).toEqual([]);
});

/** Containers, networks, volumes and images of the runs' projects that are still there. */
function leftovers(): Promise<string[]> {
  return engine.list();
}

/** Runs `smoke` as the action does, on the Docker engine, with COMPOSE_CLI set for the run (unset: v2, present here). */
function smoke(options: Record<string, string | boolean>, cli?: 'v1' | 'v2') {
  return runSmoke({ 'working-directory': ROOT, provider: 'docker', 'image-map': IMAGE_MAP, ...options }, { COMPOSE_CLI: cli });
}

function passedWithRelease(m: MethodResultOutput | undefined): void {
  expect(m, 'method ran').toBeDefined();
  expect(m!.cause).toBeUndefined();
  expect(m!.status).toBe('passed');
  const [probe] = m!.probes;
  expect(probe).toMatchObject({ endpoint: 'published port', ok: true, server: { name: 'dot-ai-reference-server', version: DOT_AI_VERSION } });
  expect(probe!['tool-call']!.text).toContain(DOT_AI_VERSION);
}

describe('smoke: the compose methods, deployed and probed for real', () => {
  test.each(['v2', 'v1'] as const)('Compose %s: compose, compose-prod and compose-dev side by side, each healthy and serving the release over MCP; the files untouched', async (cli) => {
    const before = snapshot(EXAMPLES);
    const run = await smoke({ image: candidate(GOOD), methods: 'compose,compose-prod,compose-dev', parallel: '3' }, cli);
    figures[`${cli}: compose + compose-prod + compose-dev at once (wall)`] = `${run.seconds} s`;
    for (const m of run.methods) figures[`${cli}: ${m.method}`] = `${m.seconds} s`;
    expect(run.error).toBeUndefined();
    for (const name of ['compose', 'compose-prod', 'compose-dev']) {
      const m = run.method(name);
      passedWithRelease(m);
      expect(m!.how).toMatch(new RegExp(`^Compose ${cli} `));
      expect(m!.how).toContain(cli === 'v2' ? '+ override compose.smoke-override.yml (ports: !override)' : "compose's merged model of");
      expect(m!.how).toContain(`project smoke-${name}-`);
    }
    // The candidate runs wherever the files name the release image; Qdrant is its stand-in.
    expect(run.method('compose').how).toContain(`dot-ai: image ${GOOD}`);
    expect(run.method('compose').how).toContain(`volume-permissions: image ${GOOD}`);
    expect(run.method('compose-prod').how).toContain(`qdrant: image ${QDRANT}`);
    // The dev file builds the reference server's checkout, its Node base swapped by build argument.
    expect(run.method('compose-dev').how).toMatch(new RegExp(`dot-ai: built as smoke-compose-dev-[0-9a-f]{6}-dot-ai:smoke \\(NODE_IMAGE=${LOCAL_NODE_IMAGE}\\)`));
    expect(run.method('compose-prod').notes).toEqual(expect.arrayContaining([
      'DOT_AI_ENV_FILE: a copy of examples/deployments/docker/.env.example',
      'QDRANT_ENV_FILE: a copy of examples/deployments/docker/qdrant.env.example',
    ]));
    expect(run.method('compose-prod').notes!.join('\n')).toContain('KUBECONFIG_HOST_PATH: an empty kubeconfig instead of ~/.kube/config');
    // Nothing written into the user's files; the env copies (keys go there) are not left among the diagnostics.
    expect(snapshot(EXAMPLES)).toEqual(before);
    expect(existsSync(path.join(run.diagnostics, 'compose-prod/private'))).toBe(false);
    expect(await leftovers()).toEqual([]);
  }, 900_000);

  test('a service that exits at start: named, with its exit; diagnostics hold ps, every service\'s logs, the merged file and its inspect', async () => {
    // A Node base with no server: bash exits at once, and `restart: unless-stopped` starts it again.
    const run = await smoke({ image: candidate(LOCAL_NODE_IMAGE), methods: 'compose', timeout: '150' }, 'v2');
    figures['v2: compose, exits at start, to diagnosis'] = `${run.method('compose').seconds} s`;
    const m = run.method('compose');
    expect(m.status).toBe('failed');
    expect(m.cause).toMatch(/^service dot-ai \(container (smoke-compose-[0-9a-f]{6}-dot-ai-1)\) (keeps restarting \(last exit code 0\)|exited with code 0)/);
    expect(run.error).toBe(`smoke: compose: ${m.cause}`);
    const dir = path.join(run.diagnostics, 'compose');
    expect(readFileSync(path.join(dir, 'compose-ps.txt'), 'utf8')).toMatch(/smoke-compose-[0-9a-f]{6}-dot-ai-1/);
    const logs = readFileSync(path.join(dir, 'compose-logs.txt'), 'utf8');
    expect(logs).toMatch(/^qdrant-1 +\|/m); // every service's logs, not only the failed one
    const config = readFileSync(path.join(dir, 'compose-config.yml'), 'utf8');
    expect(config).toContain(`image: ${LOCAL_NODE_IMAGE}`);
    expect(config).toContain('host_ip: 127.0.0.1');
    expect(config).not.toMatch(/published: "?3456"?/); // the file's fixed host port is gone
    const container = /container (smoke-compose-[0-9a-f]{6}-dot-ai-1)/.exec(m.cause!)![1]!;
    const inspect = JSON.parse(readFileSync(path.join(dir, `${container}.inspect.json`), 'utf8'));
    expect(inspect.Config.Image).toBe(LOCAL_NODE_IMAGE);
    // The run's token reached the container (its environment), and no diagnostic file holds it.
    expect(run.reporter.secrets).toHaveLength(1);
    expect(inspect.Config.Env).toContain('DOT_AI_AUTH_TOKEN=***');
    expect(filesHolding(run.diagnostics, run.reporter.secrets)).toEqual([]);
    expect(await leftovers()).toEqual([]);
  }, 300_000);

  test('Compose v1, a server running another version: the tool call names both versions', async () => {
    const run = await smoke({ image: candidate(WRONG_VERSION), methods: 'compose' }, 'v1');
    figures['v1: compose, wrong version, to diagnosis'] = `${run.method('compose').seconds} s`;
    // The versions the answer labels as such: the server's, and its plugin's (1.0.0, as dot-ai's reports it).
    expect(run.method('compose')).toMatchObject({ status: 'failed', cause: `published port: tool version returned ${OTHER_VERSION}, 1.0.0, expected ${DOT_AI_VERSION}` });
    expect(run.method('compose').how).toMatch(/^Compose v1 /);
  }, 300_000);

  test('Compose v1, a method past its time budget stops there (compose up cut short), says so, and leaves nothing', async () => {
    const run = await smoke({ image: candidate(GOOD), methods: 'compose-prod', timeout: '6' }, 'v1');
    figures['v1: compose-prod, 6 s budget, to removed'] = `${run.method('compose-prod').seconds} s`;
    const m = run.method('compose-prod');
    expect(m.status).toBe('failed');
    // Cut short while Qdrant was starting: the cause says what the deployment was waiting for.
    expect(m.cause).toMatch(/^time budget of 6 s spent \(service dot-ai not started(; waiting for service (qdrant|volume-permissions) \(container smoke-compose-prod-[0-9a-f]{6}_\S+_1\) .*)?\)$/);
    expect(existsSync(path.join(run.diagnostics, 'compose-prod/compose-ps.txt'))).toBe(true);
    expect(await leftovers()).toEqual([]);
  }, 300_000);
});

/**
 * A consumer's repository: its dot-ai-release.yaml declares methods of kind compose (and docker),
 * with compose files of its own next to copies of ours.
 */
function consumerRepo(): string {
  const repo = mkdtempSync(path.join(tmpdir(), 'smoke-compose-consumer-'));
  const deploy = path.join(repo, 'deploy');
  mkdirSync(deploy);
  writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify({ name: 'consumer', version: DOT_AI_VERSION, private: true })}\n`);
  cpSync(path.join(EXAMPLES, 'docker-compose.yml'), path.join(deploy, 'docker-compose.yml'));
  cpSync(path.join(EXAMPLES, '.env.example'), path.join(deploy, '.env.example'));
  // The plugin list docker-compose.yml mounts beside it (a missing file would be mounted as a directory).
  cpSync(path.join(EXAMPLES, 'plugins.json'), path.join(deploy, 'plugins.json'));
  // One server, no Qdrant beside it: the server looks for one at qdrant:6333 all the same.
  writeFileSync(path.join(deploy, 'no-qdrant.yml'), `services:
  dot-ai:
    image: ghcr.io/vfarcic/dot-ai:${DOT_AI_VERSION}
    environment:
      QDRANT_URL: http://qdrant:6333
    ports: ["127.0.0.1:3456:3456"]
`);
  // A health check on the wrong port: the server is up, the check never passes.
  writeFileSync(path.join(deploy, 'unhealthy.yml'), `services:
  dot-ai:
    image: ghcr.io/vfarcic/dot-ai:${DOT_AI_VERSION}
    ports: ["127.0.0.1:3456:3456"]
    healthcheck:
      test: ["CMD", "node", "-e", "fetch('http://127.0.0.1:3999/healthz').then(r => process.exit(r.ok ? 0 : 1), (e) => { console.error('healthz on 3999: ' + (e.cause?.code ?? e.message)); process.exit(1); })"]
      interval: 2s
      timeout: 3s
      retries: 2
`);
  writeFileSync(path.join(repo, 'dot-ai-release.yaml'), `packageJson: package.json
serverJson: false
chart: false
images:
  - name: ghcr.io/vfarcic/dot-ai
references: [deploy/**]
smoke:
  provider: docker
  methods:
    - name: compose-beside
      kind: compose
      files: [deploy/docker-compose.yml]
      service: dot-ai
      env: { COMPOSE_CLI: v1 }
    - name: docker-beside
      kind: docker
      files: [deploy/.env.example]
      env: { DOT_AI_SESSION_DIR: /proc/sessions }
    - name: compose-unhealthy
      kind: compose
      files: [deploy/unhealthy.yml]
      service: dot-ai
    - name: compose-no-qdrant
      kind: compose
      files: [deploy/no-qdrant.yml]
      service: dot-ai
      probe: { tool: search_knowledge, toolArgs: { query: helm }, expect: Helm }
`);
  return repo;
}

describe('smoke: compose methods of a consumer\'s repository', () => {
  let repo: string;
  beforeAll(() => {
    repo = consumerRepo();
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  test('a health check that never passes, and a Qdrant the server cannot reach: each diagnosed', async () => {
    const run = await smoke({ 'working-directory': repo, image: candidate(GOOD), methods: 'compose-unhealthy,compose-no-qdrant', parallel: '2', timeout: '180' });
    figures['v2: unhealthy + no Qdrant at once (wall)'] = `${run.seconds} s`;
    const unhealthy = run.method('compose-unhealthy');
    expect(unhealthy.status).toBe('failed');
    expect(unhealthy.cause).toMatch(/^service dot-ai \(container smoke-compose-unhealthy-[0-9a-f]{6}-dot-ai-1\) is unhealthy: health check exit 1: healthz on 3999: ECONNREFUSED; its log: \S.*/);
    const noQdrant = run.method('compose-no-qdrant');
    expect(noQdrant.status).toBe('failed');
    expect(noQdrant.cause).toMatch(/^published port: tool search_knowledge .*Qdrant is unreachable at QDRANT_URL=http:\/\/qdrant:6333/);
    expect(await leftovers()).toEqual([]);
  }, 600_000);

  test('compose (Compose v1, from the method\'s env) and docker side by side: docker fails at start, compose passes, both reported', async () => {
    const run = await smoke({ 'working-directory': repo, image: candidate(GOOD), methods: 'compose-beside,docker-beside', parallel: '2', timeout: '180' });
    figures['v1 compose + docker at once (wall)'] = `${run.seconds} s`;
    passedWithRelease(run.method('compose-beside'));
    expect(run.method('compose-beside').how).toMatch(/^Compose v1 /);
    const failed = run.method('docker-beside');
    expect(failed.status).toBe('failed');
    expect(failed.cause).toMatch(/^(published port: while probed: )?container smoke-docker-beside-[0-9a-f]{6} exited with code 1: .*DOT_AI_SESSION_DIR "\/proc\/sessions" is not writable/);
    expect(run.error).toBe(`smoke: docker-beside: ${failed.cause}`);
    // Side by side: together they took less than one after the other.
    expect(run.seconds).toBeLessThan(run.method('compose-beside').seconds + failed.seconds);
    expect(run.summary).toMatch(/\| compose-beside \| ✅ passed \|/);
    expect(run.summary).toMatch(/\| docker-beside \| ❌ failed \|/);
    expect(await leftovers()).toEqual([]);
  }, 600_000);
});

describe('cleanup of a compose project', () => {
  test('a `compose down` that fails is reported as a problem, not taken for done', async () => {
    const cli = await findComposeCli('v2');
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'smoke-cleanup-')), 'gone.yml');
    const problem = await perform({ kind: 'compose-project', command: cli.command, files: [missing], project: 'smoke-compose-000000', cwd: path.dirname(missing) });
    expect(problem).toMatch(/^compose project smoke-compose-000000: compose down failed: .*gone\.yml/);
  });
});
