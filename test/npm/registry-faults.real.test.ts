/**
 * The packument look-up against registries that misbehave on purpose (small scripted servers of
 * ours on 127.0.0.1, and 127.0.0.2 as "another host": test/helpers/hostile-http.ts), and a
 * publish whose read-back meets a registry that still shows the old packument for a while (a
 * CDN's lag), in front of a REAL verdaccio. Each case asserts what every server received.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { parseNpmJob } from '../../src/npm/job.js';
import { runNpmPublish } from '../../src/npm/pipeline.js';
import { readPackageState } from '../../src/npm/registry.js';
import { CapturingReporter } from '../helpers/capture.js';
import { hang, json, redirect, relay, reply, startHostileServer, type HostileServer } from '../helpers/hostile-http.js';
import { startVerdaccio, type TestVerdaccio } from '../helpers/verdaccio.js';

const TOKEN = 'npm_SecretToken0123456789abcdef';
const fast = { timeouts: { connectMs: 1_000, headersMs: 300, requestMs: 1_000 }, retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 } };

describe('the packument look-up: deadlines, caps, credentials only to the registry', () => {
  let registry: HostileServer;
  let other: HostileServer;
  beforeAll(async () => {
    other = await startHostileServer('127.0.0.2');
  });
  afterAll(() => other?.stop());
  afterEach(() => registry?.stop());
  const url = () => `${registry.origin}/npm/`;

  test('a package not there is a 404: new; the token went as a Bearer header to the registry only', async () => {
    registry = (await startHostileServer()).on('GET', '/npm/@acme%2fserver', json(404, { error: 'not_found' }));
    expect(await readPackageState(url(), '@acme/server', TOKEN, fast)).toEqual({ exists: false, versions: new Map(), distTags: {}, maintainers: [] });
    expect(registry.received).toHaveLength(1);
    expect(registry.received[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(registry.received[0]!.headers['cache-control']).toBe('no-cache');
  });

  test('a refused token is named, in one line, without the token', async () => {
    registry = (await startHostileServer()).on('GET', /./, json(401, { error: `bad token ${TOKEN}` }));
    await expect(readPackageState(url(), '@acme/server', TOKEN, fast)).rejects.toThrow(
      new RegExp(`^npm registry ${url().replace(/[./]/g, '\\$&')}: @acme/server: the registry refused to show the package \\(401 bad token \\*\\*\\*\\); the token in NODE_AUTH_TOKEN is not accepted there$`),
    );
  });

  test('a redirect elsewhere is not followed: the other host receives nothing, the token above all', async () => {
    registry = (await startHostileServer()).on('GET', /./, redirect(`${other.origin}/npm/@acme%2fserver`, 302));
    await expect(readPackageState(url(), '@acme/server', TOKEN, fast)).rejects.toThrow(/the registry answered 302 \(to http:\/\/127\.0\.0\.2:\d+\/npm\/@acme%2fserver\); not following it with the token: set the registry's own URL$/);
    expect(other.received).toEqual([]);
  });

  test('a packument over the cap is refused by its size', async () => {
    registry = (await startHostileServer()).on('GET', /./, reply(200, 'x'.repeat(4096), { 'content-type': 'application/json' }));
    await expect(readPackageState(url(), 'server', undefined, { ...fast, maxBytes: 1024 })).rejects.toThrow(/: server: its packument is larger than 1024 bytes; not reading it$/);
  });

  test('a registry that never answers fails within the deadline, after its retries', async () => {
    registry = (await startHostileServer()).on('GET', /./, hang());
    const started = Date.now();
    await expect(readPackageState(url(), 'server', undefined, fast)).rejects.toThrow(/: server: cannot read the package \(no answer within 0\.30 s, after 2 attempts\)$/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(registry.received).toHaveLength(2);
  });

  test('503 is retried; garbage is named', async () => {
    registry = (await startHostileServer()).on('GET', /./, reply(503), 1).on('GET', /./, json(200, { 'dist-tags': { latest: '1.0.0' }, versions: { '1.0.0': { dist: { integrity: 'sha512-x' } } } }), 1).on('GET', /./, reply(200, 'not json'));
    const state = await readPackageState(url(), 'server', undefined, fast);
    expect(state.distTags).toEqual({ latest: '1.0.0' });
    expect(registry.received).toHaveLength(2);
    await expect(readPackageState(url(), 'server', undefined, fast)).rejects.toThrow(/: server: the registry's answer is not JSON$/);
  });
});

describe("the read-back waits for a registry that still shows the old packument (a CDN's lag)", () => {
  let verdaccio: TestVerdaccio;
  let proxy: HostileServer;
  const work = mkdtempSync(path.join(tmpdir(), 'npm-lag-'));
  beforeAll(async () => {
    verdaccio = await startVerdaccio();
    proxy = (await startHostileServer()).forwardTo(verdaccio.host);
  });
  afterAll(async () => {
    await proxy?.stop();
    await verdaccio?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('published, then verified once the registry shows it; the stale answers in between do not fail it', async () => {
    const root = mkdtempSync(path.join(work, 'repo-'));
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'lagging', version: '1.0.0', license: 'MIT' }));
    writeFileSync(path.join(root, 'index.js'), 'module.exports = 1;\n');
    // After the publish (the PUT), the next three GETs of the packument answer 404, as before it.
    let stale = 0;
    proxy.on('PUT', '/lagging', async (req, res, server) => {
      relay(res, await server.forward(req));
      stale = 3;
    });
    proxy.on('GET', (p) => p === '/lagging' && stale > 0, (_req, res) => {
      stale--;
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"not_found"}');
    });
    const job = parseNpmJob(root, undefined, { registry: `${proxy.origin}/`, token: verdaccio.users.releaser!.token, provenance: false }, { ...process.env, GITHUB_ACTIONS: '', NODE_AUTH_TOKEN: '' });
    const slept: number[] = [];
    const { run, ctx } = await runNpmPublish(job, new CapturingReporter(), { publish: { readBackMs: 30_000, sleep: async (ms) => void slept.push(ms) } });
    expect(run.failure).toBeUndefined();
    expect(ctx.artifacts.get('published')).toMatchObject({ status: 'published', tag: 'latest' });
    expect(slept).toEqual([500, 1000, 2000]);
    // Our look-ups (npm's own requests aside): preflight, the publish step's fresh look, then 3 stale and 1 fresh read-back.
    const ours = proxy.received.filter((r) => r.method === 'GET' && r.path === '/lagging' && r.headers['user-agent'] === 'dot-ai-release');
    expect(ours).toHaveLength(2 + 4);
  });
});
