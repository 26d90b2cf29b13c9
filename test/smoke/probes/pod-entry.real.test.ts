/**
 * dist/probe-pod.mjs, the probe as the smoke test's in-cluster pod runs it: one self-contained file
 * (small enough for a ConfigMap), config from env, secrets from env only, one JSON line out. Run
 * with this Node and, as a pod would, read-only and unprivileged in a container of the locally made
 * Node image (Debian's Node 18, the oldest the bundle targets). Needs `npm run build` first.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../../src/smoke/probes/index.js';
import { docker, DockerCommandError, LOCAL_NODE_IMAGE, requireDockerEngine, requireImage } from '../../helpers/docker.js';
import { ROOT } from '../../helpers/repo.js';
import { ensureServerBuilt, RELEASE_VERSION, startServer, type RunningServer } from '../../helpers/reference-server.js';
import { bearerAuthProxy, listen, type Listening } from './servers.js';

const BUNDLE = join(ROOT, 'dist/probe-pod.mjs');
const TOKEN = 'pod-probe-token-7c1e5a';
const CONFIG_MAP_LIMIT = 1024 * 1024;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runBundle(env: Record<string, string>, args: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BUNDLE, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** The one line a pod prints, parsed; anything else on stdout is a defect. */
function line(run: Run): ProbeResult {
  const lines = run.stdout.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] as string) as ProbeResult;
}

let server: RunningServer;
let gateway: Listening;
let workDir: string;

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`test prerequisite missing: ${BUNDLE}; run \`npm run build\``);
  await ensureServerBuilt();
  workDir = await mkdtemp(join(tmpdir(), 'probe-pod-test-'));
  // The server wants the token the gateway checks (as dot-ai does behind a gateway that passes it on).
  server = await startServer({ DOT_AI_SESSION_DIR: workDir, DOT_AI_AUTH_TOKEN: TOKEN });
  gateway = await listen(bearerAuthProxy(server.url, TOKEN));
}, 300_000);

afterAll(async () => {
  await gateway?.close();
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('the bundle', () => {
  it('imports nothing but Node built-ins and fits in a ConfigMap', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    const specifiers = [...text.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
    expect(specifiers.length).toBeGreaterThan(0);
    for (const specifier of specifiers) expect(specifier).toMatch(/^node:/);
    expect(statSync(BUNDLE).size).toBeLessThan(CONFIG_MAP_LIMIT / 2);
  });
});

describe('run with node, config from env', () => {
  it('probes through the auth gateway with the token from env, prints one JSON line, exit 0', async () => {
    const config = { target: { url: gateway.url, health: '/healthz' }, expectations: { toolCall: { name: 'version', expect: RELEASE_VERSION }, followUps: 3 } };
    const run = await runBundle({ PROBE_CONFIG: JSON.stringify(config), PROBE_BEARER_TOKEN: TOKEN });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = line(run);
    expect(result).toMatchObject({ ok: true, server: { name: 'dot-ai-reference-server', version: RELEASE_VERSION }, followUps: { requested: 3, passed: 3 } });
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('a failure exits 1 with the cause in the line', async () => {
    const config = { target: { url: gateway.url }, expectations: { toolCall: { name: 'version', expect: '9.9.9' } } };
    const run = await runBundle({ PROBE_CONFIG: JSON.stringify(config), PROBE_HEADERS: `Authorization: Bearer ${TOKEN}\n` });
    expect(run.code).toBe(1);
    expect(line(run).cause).toBe(`tool version returned ${RELEASE_VERSION}, expected 9.9.9`);
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('the URL as the only argument is enough (the token from env)', async () => {
    const run = await runBundle({ PROBE_BEARER_TOKEN: TOKEN }, [server.url]);
    expect(run.code).toBe(0);
    expect(line(run).ok).toBe(true);
  });

  it.each<[Record<string, string>, string]>([
    [{}, 'PROBE_CONFIG (JSON) or the URL as the only argument is required'],
    [{ PROBE_CONFIG: '{"target":' }, 'PROBE_CONFIG: not JSON'],
    [{ PROBE_CONFIG: '{"target":{}}' }, 'PROBE_CONFIG: target.url (a string) is required'],
    [{ PROBE_CONFIG: JSON.stringify({ target: { url: 'http://x/', bearerToken: TOKEN } }) }, 'PROBE_CONFIG: credentials do not belong in the config; pass PROBE_BEARER_TOKEN or PROBE_HEADERS from a Secret'],
    [{ PROBE_CONFIG: JSON.stringify({ target: { url: 'http://x/' }, options: { stepTimeoutMs: 'soon' } }) }, 'PROBE_CONFIG: options.stepTimeoutMs must be a positive number'],
    [{ PROBE_CONFIG: JSON.stringify({ target: { url: 'x' } }) }, 'url: "x" is not a URL (expected http://HOST[:PORT][/PATH])'],
  ])('bad config %j: exit 2, one line naming it, nothing sent', async (env, cause) => {
    const run = await runBundle(env);
    expect(run.code).toBe(2);
    expect(line(run).cause).toContain(cause);
    expect(run.stdout).not.toContain(TOKEN);
  });
});

describe(`run as a pod would: ${LOCAL_NODE_IMAGE} (Node 18), read-only, unprivileged`, () => {
  beforeAll(async () => {
    await requireDockerEngine();
    await requireImage(LOCAL_NODE_IMAGE);
  }, 60_000);

  /** `docker run` with the bundle mounted like a ConfigMap; the token goes by name (-e NAME), its value through the environment. */
  async function inContainer(config: object, env: Record<string, string> = {}): Promise<Run> {
    const args = ['run', '--rm', '--label', 'dot-ai-release.test=probe-pod', '--network', 'host', '--read-only', '--user', '10001:10001', '--cap-drop', 'ALL'];
    args.push('-v', `${BUNDLE}:/probe/probe-pod.mjs:ro`, '-e', `PROBE_CONFIG=${JSON.stringify(config)}`);
    for (const name of Object.keys(env)) args.push('-e', name);
    args.push(LOCAL_NODE_IMAGE, 'node', '/probe/probe-pod.mjs');
    try {
      const { stdout, stderr } = await docker(args, { env, timeoutMs: 90_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      if (!(error instanceof DockerCommandError)) throw error;
      return { code: Number(error.exitCode), stdout: error.stdout, stderr: error.stderr };
    }
  }

  it('passes through the auth gateway with the token from the environment', async () => {
    const run = await inContainer({ target: { url: gateway.url, health: '/healthz' }, expectations: { toolCall: { name: 'version', expect: RELEASE_VERSION } } }, { PROBE_BEARER_TOKEN: TOKEN });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(line(run)).toMatchObject({ ok: true, responseModes: ['sse'] });
    expect(run.stdout).not.toContain(TOKEN);
  }, 120_000);

  it('fails with exit 1 and the cause when the token is missing', async () => {
    const run = await inContainer({ target: { url: gateway.url } });
    expect(run.code).toBe(1);
    expect(line(run).cause).toBe('initialize refused: HTTP 401 {"error":"missing or wrong bearer token"} (WWW-Authenticate: Bearer realm="probe-test")');
  }, 120_000);
});
