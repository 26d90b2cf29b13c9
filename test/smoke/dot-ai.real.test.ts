/**
 * `smoke` on the REAL dot-ai 2.2.2 (its server and agentic-tools images built from its source on
 * this machine, /work/notes/dot-ai-facts.md), with dot-ai-release.yaml as dot-ai's repository would
 * carry it (fixtures/dot-ai/dot-ai-release.yaml): the docker method deploys the server, its plugin
 * and a Qdrant with a generated token and proves over MCP that the version is 2.2.2 and the vector
 * DB is wired; a wrong token, a missing plugin and a crashing server each fail with their one-line
 * cause; no token and no planted key is in any diagnostic file; nothing is left on the engine.
 * On the run's kind cluster, dot-ai's OWN chart (a copy of its charts/, DOT_AI_REAL_CHART) with the
 * plugin block and the Qdrant subchart mapped to local images: passes at Pod Security "baseline"
 * (the summary says what restricted would refuse), and a server that crashes is diagnosed with no
 * token in its diagnostics (the rendered Secret, describe, logs). The images and the chart are this
 * machine's (DOT_AI_REAL_IMAGE, DOT_AI_REAL_PLUGIN_IMAGE, DOT_AI_REAL_CHART): elsewhere the file
 * skips, saying so.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clusterImages, sharedCluster, toolBinary, type TestCluster } from '../helpers/cluster.js';
import { buildImage, engineLeftovers, imageExists, requireDockerEngine, requireImage } from '../helpers/docker.js';
import { skipAllowed } from '../helpers/skip.js';
import { filesHolding, madeByThisFile, runSmoke, type SmokeRunResult } from './harness-helpers.js';
import { leftoverClusterObjects, leftoverNamespaces } from './kubernetes-helpers.js';

const SERVER = process.env.DOT_AI_REAL_IMAGE ?? 'local/dot-ai:2.2.2';
const PLUGIN = process.env.DOT_AI_REAL_PLUGIN_IMAGE ?? 'local/dot-ai-agentic-tools:2.2.2';
const QDRANT = process.env.DOT_AI_RELEASE_QDRANT_IMAGE ?? 'dot-ai-release/qdrant-standin:test';
const CHART = process.env.DOT_AI_REAL_CHART ?? '/work/dot-ai-real/charts';
const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures/dot-ai');
/** The Qdrant stand-in laid out as qdrant/qdrant is, for Qdrant's own chart (dot-ai's subchart). */
const QDRANT_LAYOUT = 'dot-ai-release/qdrant-standin:v1.15.5-qdrant-layout';
const IMAGES = `${SERVER},ghcr.io/vfarcic/dot-ai-agentic-tools=${PLUGIN}`;
/** What smoke-faults.yaml plants, and the token the probe sends there: none may reach a diagnostic file. */
const PLANTED = ['planted-deployed-token-6a1f', 'planted-anthropic-key-93c2', 'planted-openai-key-17d4'];
const PROBE_TOKEN = 'a-wrong-token-from-the-run-5e0b';

/** What this file's runs made (test/smoke/docker.real.test.ts runs a docker method too, maybe at the same time). */
const engine = engineLeftovers(madeByThisFile);
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
    expect(run.method('no-plugin').cause).toMatch(/^published port: tool version: system\.vectorDB\.connected is false, expected true \(still after 10 s, \d+ calls\)$/);
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

describe("smoke --provider kind with dot-ai's own chart (2.2.2)", () => {
  let cluster: TestCluster;
  let chartMissing: string | undefined;

  beforeAll(async () => {
    if (missing) return;
    if (!existsSync(path.join(CHART, 'Chart.yaml'))) {
      chartMissing = `dot-ai's chart is not at ${CHART} (a checkout of vfarcic/dot-ai's charts/; DOT_AI_REAL_CHART names another)`;
      return;
    }
    process.env.HELM_BIN = toolBinary('helm');
    process.env.KUBECTL_BIN = toolBinary('kubectl');
    cluster = await sharedCluster();
    cpSync(CHART, path.join(repo, 'charts'), { recursive: true });
    await buildImage({ context: path.join(path.dirname(FIXTURES), 'qdrant-image-layout'), tag: QDRANT_LAYOUT, buildArgs: { STANDIN: QDRANT } });
  }, 900_000);

  function kindSmoke(options: Record<string, string | boolean>): Promise<SmokeRunResult> {
    return smoke({ provider: 'kind', 'kind-cluster': cluster.name, 'probe-image': 'local/node:bookworm', 'image-map': `qdrant/qdrant=${QDRANT_LAYOUT}`, 'qdrant-image': clusterImages().qdrant, ...options });
  }

  test("dot-ai's configuration: the chart at charts/, server + plugin + Qdrant subchart, a generated token; 2.2.2 and the vector DB through port-forward and Service; baseline said", async (ctx) => {
    if (missing || chartMissing) skipAllowed(ctx, (missing ?? chartMissing) as string);
    const run = await kindSmoke({ methods: 'helm', timeout: '480' });
    expect(run.error, run.reporter.text()).toBeUndefined();
    const helm = run.method('helm');
    expect(helm.how).toContain('helm install of the chart charts (--set-string of the image values -> local/dot-ai:2.2.2, local/dot-ai-agentic-tools:2.2.2)');
    expect(helm.probes.map((p) => p.endpoint)).toEqual(['port-forward to Service dot-ai', 'Service dot-ai (in cluster)']);
    for (const probe of helm.probes) {
      expect(probe, probe.endpoint).toMatchObject({ ok: true, server: { name: 'dot-ai', version: '2.2.2' } });
      expect(probe['tool-call']?.text).toMatch(/"vectorDB": \{\s*"connected": true,\s*"url": "http:\/\/dot-ai-qdrant\./);
    }
    expect(helm.warnings?.[0]).toMatch(/^runs with Pod Security "baseline" \(podSecurity\), not "restricted": restricted would refuse it: .*allowPrivilegeEscalation != false/);
    expect(run.summary).toContain('⚠️ helm: runs with Pod Security "baseline"');
    expect(helm.notes).toContain('helm test: not run (helmTest: false)');
    expect(helm.notes?.join('\n')).toContain('a generated token in secrets.auth.token (a private values file)');
    expect(run.reporter.secrets).toHaveLength(1);
    expect(filesHolding(run.diagnostics, run.reporter.secrets)).toEqual([]);
    console.info(`dot-ai's chart on kind: ${helm.seconds} s`);
    expect(await leftoverNamespaces(cluster, run)).toEqual([]);
    expect(await leftoverClusterObjects(cluster, run)).toEqual([]);
    rmSync(run.diagnostics, { recursive: true, force: true });
  }, 900_000);

  test('a server that crashes in the chart: CrashLoopBackOff with its log line; the rendered Secret, describe and logs hold no token', async (ctx) => {
    if (missing || chartMissing) skipAllowed(ctx, (missing ?? chartMissing) as string);
    writeFileSync(path.join(repo, 'crash-values.yaml'), 'extraEnv:\n  - name: DOT_AI_SESSION_DIR\n    value: /nonexistent/sessions\n');
    writeFileSync(path.join(repo, 'crash.yaml'), 'images: [{name: ghcr.io/vfarcic/dot-ai}, {name: ghcr.io/vfarcic/dot-ai-agentic-tools}]\nsmoke:\n  methods:\n    - {name: helm-crash, kind: helm, values: [crash-values.yaml], podSecurity: baseline, helmTest: false}\n');
    const run = await kindSmoke({ config: 'crash.yaml', timeout: '300' });
    const m = run.method('helm-crash');
    expect(m.status).toBe('failed');
    expect(m.cause).toMatch(/CrashLoopBackOff: pod dot-ai-[a-z0-9]+-[a-z0-9]+ container mcp-server exited with code 1 after \d+ restart\(s\); last log line: Error: Session directory does not exist: \/nonexistent\/sessions/);
    const dir = path.join(run.diagnostics, 'helm-crash');
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['rendered.yaml', 'helm-args.txt', 'helm-status.txt', 'probe.json']));
    expect(filesHolding(run.diagnostics, run.reporter.secrets)).toEqual([]);
    expect(await leftoverNamespaces(cluster, run)).toEqual([]);
    rmSync(run.diagnostics, { recursive: true, force: true });
  }, 900_000);
});
