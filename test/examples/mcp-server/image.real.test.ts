/**
 * The reference server's image on the REAL Docker engine: classic-builder build from the locally
 * made Node base (Node 24, as node:24-slim), run hardened (read-only root fs, no capabilities, no new
 * privileges, tmpfs session dir), Docker health status `healthy`, then MCP through the published port.
 * Needs scripts/setup/docker.sh and scripts/setup/base-images.sh; fails loudly naming them otherwise.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  containerLogs,
  imageSizeBytes,
  inspectImage,
  publishedPort,
  removeContainer,
  requireDockerEngine,
  runDetached,
  waitForExit,
  waitForHealthy,
} from '../../helpers/docker.js';
import { REFERENCE_TOKEN, RELEASE_VERSION, buildServerImage, connectClient, resultText } from '../../helpers/reference-server.js';

const IMAGE = `local/dot-ai-reference-server:${RELEASE_VERSION}-test`;

/** The hardening a production deployment uses; the image must run under all of it. */
const HARDENED_RUN_ARGS = [
  '--read-only',
  '--tmpfs',
  '/tmp',
  '--cap-drop',
  'ALL',
  '--security-opt',
  'no-new-privileges',
] as const;

const containers: string[] = [];
const figures: Record<string, string> = {};
// The token reaches the container through an env file (0600), never a command-line argument.
const work = mkdtempSync(join(tmpdir(), 'server-image-'));
const ENV_FILE = join(work, 'server.env');
writeFileSync(ENV_FILE, `DOT_AI_AUTH_TOKEN=${REFERENCE_TOKEN}\nDOT_AI_TELEMETRY=false\n`, { mode: 0o600 });
chmodSync(ENV_FILE, 0o600);

beforeAll(async () => {
  await requireDockerEngine();
  // A first build may be cold or warm depending on the cache; the second one is always warm.
  const first = await buildServerImage(IMAGE);
  const second = await buildServerImage(IMAGE);
  figures['build (first in this run)'] = `${(first / 1000).toFixed(1)} s`;
  figures['build (warm, cached)'] = `${(second / 1000).toFixed(1)} s`;
  figures['image size'] = `${((await imageSizeBytes(IMAGE)) / 1e6).toFixed(0)} MB`;
}, 900_000);

afterAll(async () => {
  for (const id of containers) await removeContainer(id);
  rmSync(work, { recursive: true, force: true });
  // Figures for the report and for spotting regressions in CI logs.
  console.info(`reference server image figures: ${JSON.stringify(figures)}`);
});

describe('reference server image', () => {
  it('carries the release version, a non-root user and the MCP port', async () => {
    const { Config } = await inspectImage(IMAGE);
    expect(Config.Labels?.['org.opencontainers.image.version']).toBe(RELEASE_VERSION);
    expect(Config.Env).toContain(`APP_VERSION=${RELEASE_VERSION}`);
    expect(Config.User).toBe('10001:10001');
    expect(Object.keys(Config.ExposedPorts ?? {})).toEqual(['3456/tcp']);
  });

  it('runs hardened, turns healthy and serves MCP through the published port', async () => {
    const started = performance.now();
    const id = await runDetached(IMAGE, [
      ...HARDENED_RUN_ARGS,
      '--tmpfs',
      '/app/sessions:uid=10001',
      '--env-file',
      ENV_FILE,
      '--publish',
      '127.0.0.1::3456',
      // The image probes every 10 s; probe every second here so the test does not wait for it.
      '--health-interval',
      '1s',
    ]);
    containers.push(id);
    await waitForHealthy(id, 60_000);
    figures['start to healthy (1 s probe interval)'] = `${((performance.now() - started) / 1000).toFixed(1)} s`;

    const port = await publishedPort(id, '3456/tcp');
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok', version: RELEASE_VERSION });

    const { client, transport } = await connectClient(`http://127.0.0.1:${port}/`);
    try {
      expect(transport.sessionId).toBeDefined();
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(['search_knowledge', 'version']);
      const result = await client.callTool({ name: 'version', arguments: {} });
      expect(result.isError).toBeFalsy();
      expect(JSON.parse(resultText(result))).toMatchObject({ status: 'success', system: { version: { version: RELEASE_VERSION } } });
    } finally {
      await client.close();
    }
    const logs = await containerLogs(id);
    expect(logs).toContain(`version ${RELEASE_VERSION} listening on port 3456`);
    expect(logs).toContain('telemetry off (DOT_AI_TELEMETRY)');
    expect(logs).not.toContain(REFERENCE_TOKEN);
  });

  it('refuses to start when the session dir is read-only', async () => {
    const id = await runDetached(IMAGE, [...HARDENED_RUN_ARGS, '--tmpfs', '/app/sessions:ro']);
    containers.push(id);
    expect(await waitForExit(id)).toBe(1);
    // The kernel may answer EACCES before EROFS (permission check first); either way it must refuse.
    expect(await containerLogs(id)).toMatch(/DOT_AI_SESSION_DIR "\/app\/sessions" is not writable \((EROFS|EACCES)\)/);
  });
});
