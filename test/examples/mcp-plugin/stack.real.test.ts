/**
 * The reference server, its agentic-tools plugin and the Qdrant stand-in as IMAGES on the REAL
 * Docker engine, wired as every deployment of dot-ai 2.x is: the plugin image built from pre-built
 * output (npm ci, build, prune on the host, then COPY), all three on a network of their own, the
 * plugins file mounted at /etc/dot-ai/plugins.json, the token from an env file (never argv), server
 * and plugin hardened (read-only root, no capabilities, numeric non-root users). Then the toolkit's
 * own `probe` (the built CLI) passes with the token, shows the vector DB connected through the plugin,
 * and fails naming the 401 without it.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImage, docker, inspectImage, LOCAL_NODE_IMAGE, publishedPort, removeContainer, requireDockerEngine, runDetached, waitForHealthy } from '../../helpers/docker.js';
import { ROOT, runCli } from '../../helpers/repo.js';
import { REFERENCE_TOKEN, RELEASE_VERSION, buildPluginImage, buildServerImage, connectClient, versionReport } from '../../helpers/reference-server.js';

const SERVER_IMAGE = `local/dot-ai-reference-server:${RELEASE_VERSION}-stack`;
const PLUGIN_IMAGE = `local/dot-ai-reference-agentic-tools:${RELEASE_VERSION}-stack`;
const QDRANT_IMAGE = process.env.DOT_AI_RELEASE_QDRANT_IMAGE ?? 'dot-ai-release/qdrant-standin:test';
const HARDENED = ['--read-only', '--tmpfs', '/tmp', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges'] as const;

const run = `kit-stack-${randomBytes(3).toString('hex')}`;
const work = mkdtempSync(path.join(tmpdir(), 'kit-stack-'));
const containers: string[] = [];
let serverUrl: string;

beforeAll(async () => {
  await requireDockerEngine();
  await buildImage({ context: path.join(ROOT, 'test/images/qdrant-standin'), tag: QDRANT_IMAGE, buildArgs: { NODE_IMAGE: LOCAL_NODE_IMAGE } });
  await buildServerImage(SERVER_IMAGE);
  await buildPluginImage(PLUGIN_IMAGE);

  await docker(['network', 'create', '--label', `kit-stack=${run}`, run]);
  const envFile = path.join(work, 'server.env');
  writeFileSync(envFile, `DOT_AI_AUTH_TOKEN=${REFERENCE_TOKEN}\nDOT_AI_TELEMETRY=false\n`, { mode: 0o600 });
  chmodSync(envFile, 0o600);
  const plugins = path.join(work, 'plugins.json');
  writeFileSync(plugins, JSON.stringify([{ name: 'agentic-tools', url: 'http://agentic-tools:8080' }]));
  chmodSync(plugins, 0o644);

  containers.push(await runDetached(QDRANT_IMAGE, ['--name', `${run}-qdrant`, '--network', run, '--network-alias', 'qdrant']));
  const plugin = await runDetached(PLUGIN_IMAGE, [...HARDENED, '--name', `${run}-plugin`, '--network', run, '--network-alias', 'agentic-tools', '--env', 'QDRANT_URL=http://qdrant:6333', '--health-interval', '1s']);
  containers.push(plugin);
  await waitForHealthy(plugin, 60_000);
  const server = await runDetached(SERVER_IMAGE, [
    ...HARDENED,
    '--name', `${run}-server`,
    '--network', run,
    '--tmpfs', '/app/sessions:uid=10001',
    '--env-file', envFile,
    '--volume', `${plugins}:/etc/dot-ai/plugins.json:ro`,
    '--publish', '127.0.0.1::3456',
    '--health-interval', '1s',
  ]);
  containers.push(server);
  await waitForHealthy(server, 60_000);
  serverUrl = `http://127.0.0.1:${await publishedPort(server, '3456/tcp')}/`;
}, 900_000);

afterAll(async () => {
  for (const id of containers) await removeContainer(id);
  await docker(['network', 'rm', run]).catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
});

describe('server + plugin + Qdrant stand-in as images', () => {
  it('the plugin image runs as a numeric non-root user, has a health check and carries the release version', async () => {
    const { Config } = await inspectImage(PLUGIN_IMAGE);
    expect(Config.User).toBe('10001:10001');
    expect(Config.Labels?.['org.opencontainers.image.version']).toBe(RELEASE_VERSION);
    expect(Object.keys(Config.ExposedPorts ?? {})).toEqual(['8080/tcp']);
    const health = JSON.parse((await docker(['image', 'inspect', '--format', '{{json .Config.Healthcheck}}', PLUGIN_IMAGE])).stdout) as { Test: string[] };
    expect(health.Test).toEqual(['CMD', 'node', 'dist/healthcheck.js']);
  });

  it("the toolkit's probe passes with the token and sees the vector DB connected through the plugin", async () => {
    const probe = await runCli(['probe', serverUrl, '--health', '/healthz', '--bearer-token-stdin', '--expect', '"connected": true', '--json'], {}, REFERENCE_TOKEN);
    expect(probe.code, probe.stderr).toBe(0);
    const result = JSON.parse(probe.stdout) as { ok: boolean; server: { name: string; version: string } };
    expect(result).toMatchObject({ ok: true, server: { name: 'dot-ai-reference-server', version: RELEASE_VERSION } });
    // The same report read whole through the SDK client: Qdrant's URL as the plugin reaches it.
    const { client } = await connectClient(serverUrl);
    try {
      const report = await versionReport(client);
      expect(report.system.version.version).toBe(RELEASE_VERSION);
      expect(report.system.vectorDB).toMatchObject({ connected: true, url: 'http://qdrant:6333' });
      expect(report.system.plugins?.plugins.map((p) => p.name)).toEqual(['agentic-tools']);
      expect(report.summary.overall).toBe('healthy');
    } finally {
      await client.close();
    }
    expect(probe.stdout + probe.stderr).not.toContain(REFERENCE_TOKEN);
  });

  it("the toolkit's probe fails without the token, naming the 401", async () => {
    const probe = await runCli(['probe', serverUrl]);
    expect(probe.code).not.toBe(0);
    expect(probe.stderr).toMatch(/initialize refused: HTTP 401 .*Authentication required/);
  });
});
