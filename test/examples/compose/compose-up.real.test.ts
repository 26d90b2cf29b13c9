/**
 * The Docker Compose deployment method for REAL, with Compose v2 (`docker compose`, the CLI plugin
 * scripts/setup/compose.sh builds from its Go module, as GitHub's runners have it) and with Compose v1
 * (Debian's `docker-compose` 1.29), each forced through findComposeCli (src/tools/compose.ts): every runnable compose file under
 * examples/deployments/docker goes up on the REAL Docker engine until its services are healthy, serves
 * MCP with the token from the env file (initialize, tools/list, a tool call that reaches Qdrant over the
 * compose network, the version report showing the vector DB connected through the agentic-tools plugin
 * found through the mounted plugins.json), and goes down
 * with its volumes, also when a step fails (after printing `ps` and the logs).
 * Images: nothing can be pulled here, so the files run with their images swapped for local ones (the
 * reference server built from examples/mcp-server, its plugin from examples/mcp-plugin (pre-built), the
 * Qdrant stand-in of test/images/qdrant-standin,
 * seeded through `compose exec` since its port is not published)
 * and dot-ai's published port moved to one chosen at run time; every other line runs as shipped.
 * docker-compose.dev.yml builds dot-ai from its own source tree, which is not here: it is only
 * `config`-checked (test/kit/compose.test.ts).
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Compose, findComposeCli, type ComposeCli } from '../../../src/tools/compose.js';
import { exec } from '../../../src/tools/exec.js';
import { buildImage, containerState, LOCAL_NODE_IMAGE, requireDockerEngine, requireImage } from '../../helpers/docker.js';
import { ROOT } from '../../helpers/repo.js';
import { REFERENCE_TOKEN, buildPluginImage, buildServerImage, connectClient, resultText, versionReport } from '../../helpers/reference-server.js';

const EXAMPLES = path.join(ROOT, 'examples/deployments/docker');
const FILES = ['docker-compose.yml', 'docker-compose.prod.yml'];
const SERVER_IMAGE = 'dot-ai-release-test/reference-server:compose';
const PLUGIN_IMAGE = 'dot-ai-release-test/reference-agentic-tools:compose';
const work = mkdtempSync(path.join(tmpdir(), 'compose-up-'));
let qdrantImage: string;
const figures: Record<string, string> = {};

beforeAll(async () => {
  await requireDockerEngine();
  // The cluster tests' stand-in image, under the same name (scripts/kind/versions.env); the classic
  // builder's layer cache makes this a no-op when it is current.
  await requireImage(LOCAL_NODE_IMAGE);
  qdrantImage = process.env.DOT_AI_RELEASE_QDRANT_IMAGE ?? 'dot-ai-release/qdrant-standin:test';
  await buildImage({ context: path.join(ROOT, 'test/images/qdrant-standin'), tag: qdrantImage, buildArgs: { NODE_IMAGE: LOCAL_NODE_IMAGE } });
  await buildServerImage(SERVER_IMAGE);
  await buildPluginImage(PLUGIN_IMAGE);
}, 900_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  console.info(`compose up figures: ${JSON.stringify(figures)}`);
});

/** Creates the `knowledge` collection with one point through Qdrant's REST API on 6333 (API key from the env, as the prod file sets it). */
const SEED_KNOWLEDGE = `
const headers = { 'content-type': 'application/json', ...(process.env.QDRANT__SERVICE__API_KEY ? { 'api-key': process.env.QDRANT__SERVICE__API_KEY } : {}) };
const call = (method, path, body) => fetch('http://127.0.0.1:6333' + path, { method, headers, body: JSON.stringify(body) }).then((r) => { if (!r.ok) throw new Error(method + ' ' + path + ': ' + r.status); });
call('PUT', '/collections/knowledge', { vectors: { size: 4, distance: 'Cosine' } })
  .then(() => call('PUT', '/collections/knowledge/points?wait=true', { points: [{ id: 7, vector: [0.1, 0.2, 0.3, 0.4], payload: { text: 'Deploy dot-ai with Helm', source: 'docs' } }] }))
  .catch((e) => { console.error(e.message); process.exit(1); });
`;

/** The shipped file with local images and a run-time port; throws if a line to swap is not there. */
function localVariant(file: string): string {
  let text = readFileSync(path.join(EXAMPLES, file), 'utf8');
  const swap = (pattern: RegExp, replacement: string, what: string): void => {
    if (!pattern.test(text)) throw new Error(`${file}: no ${what} to swap for the test (${pattern})`);
    text = text.replace(pattern, replacement);
  };
  swap(/image: ghcr\.io\/vfarcic\/dot-ai:\S+/g, `image: ${SERVER_IMAGE}`, 'dot-ai image');
  swap(/image: ghcr\.io\/vfarcic\/dot-ai-agentic-tools:\S+/g, `image: ${PLUGIN_IMAGE}`, 'agentic-tools image');
  swap(/image: qdrant\/qdrant:\S+/g, `image: ${qdrantImage}`, 'Qdrant image');
  swap(/"127\.0\.0\.1:3456:3456"/g, '"127.0.0.1::3456"', 'dot-ai port');
  return text;
}

/** `compose ARGS...` for one project (src/tools/compose.ts); `check` makes a non-zero exit throw, with compose's last lines. */
function composeRunner(cli: ComposeCli, project: string, file: string, env: NodeJS.ProcessEnv) {
  const compose = new Compose(cli, [file], project, { ...process.env, ...env });
  return async (args: string[], check = true): Promise<string> => {
    const result = await compose.try(args, { timeoutMs: 300_000 });
    if (check && result.code !== 0) throw new Error(`${cli.command.join(' ')} ${args.join(' ')} failed (exit ${result.code}): ${(result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n')}`);
    return `${result.stdout}${result.stderr}`;
  };
}

/** Container ids of a service (`ps -a -q SERVICE`). */
async function containerOf(compose: (args: string[]) => Promise<string>, service: string): Promise<string> {
  const ids = (await compose(['ps', '-a', '-q', service])).trim().split('\n').filter((l) => /^[0-9a-f]{12,}$/.test(l));
  if (ids.length !== 1) throw new Error(`service ${service}: expected one container, found ${ids.length}`);
  return ids[0]!;
}

/** Waits until every listed service is healthy (or exited 0, for one-shot jobs); names the one that is not. */
async function waitForServices(compose: (args: string[]) => Promise<string>, healthy: string[], completed: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending: string[] = [];
    for (const service of completed) {
      const state = await containerState(await containerOf(compose, service));
      if (state.Status === 'exited' && state.ExitCode !== 0) throw new Error(`service ${service} exited with ${state.ExitCode}`);
      if (state.Status !== 'exited') pending.push(`${service} (${state.Status})`);
    }
    for (const service of healthy) {
      const state = await containerState(await containerOf(compose, service));
      if (state.Health?.Status === 'unhealthy' || state.Status === 'exited') throw new Error(`service ${service} is ${state.Health?.Status ?? state.Status}`);
      if (state.Health?.Status !== 'healthy') pending.push(`${service} (${state.Health?.Status ?? state.Status})`);
    }
    if (pending.length === 0) return;
    if (Date.now() > deadline) throw new Error(`not healthy after ${timeoutMs / 1000} s: ${pending.join(', ')}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

describe.each(['v2', 'v1'] as const)('Compose %s', (version) => {
  let cli: ComposeCli;
  beforeAll(async () => {
    cli = await findComposeCli(version);
  });

  test('is the CLI asked for', () => {
    expect(cli.command).toEqual(version === 'v2' ? ['docker', 'compose'] : ['docker-compose']);
    expect(cli.version).toMatch(version === 'v2' ? /^v?2\./ : /^1\./);
    expect(cli.major).toBe(version === 'v2' ? 2 : 1);
  });

  test.each(FILES)('%s: up until healthy, serves MCP through Qdrant, down with its volumes', async (file) => {
    const dir = mkdtempSync(path.join(work, `${version}-`));
    const composeFile = path.join(dir, file);
    writeFileSync(composeFile, localVariant(file));
    const kubeconfig = path.join(dir, 'kubeconfig');
    writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n');
    // The file mounts ./plugins.json beside itself; the shipped one, unchanged.
    copyFileSync(path.join(EXAMPLES, 'plugins.json'), path.join(dir, 'plugins.json'));
    // The shipped .env.example with the token filled in, as a user's .env (0600).
    const envFile = path.join(dir, '.env');
    writeFileSync(envFile, readFileSync(path.join(EXAMPLES, '.env.example'), 'utf8').replace(/^DOT_AI_AUTH_TOKEN=$/m, `DOT_AI_AUTH_TOKEN=${REFERENCE_TOKEN}`), { mode: 0o600 });
    const project = `dotai-compose-${version}-${randomBytes(4).toString('hex')}`;
    const compose = composeRunner(cli, project, composeFile, {
      DOT_AI_ENV_FILE: envFile,
      QDRANT_ENV_FILE: path.join(EXAMPLES, 'qdrant.env.example'),
      KUBECONFIG_HOST_PATH: kubeconfig,
    });
    const started = performance.now();
    try {
      // v2 waits itself (`--wait`, what users and the smoke command run); v1 has no --wait: polled.
      if (version === 'v2') await compose(['up', '--detach', '--wait', '--wait-timeout', '240']);
      else await compose(['up', '--detach']);
      await waitForServices(compose, ['qdrant', 'agentic-tools', 'dot-ai'], ['volume-permissions'], 240_000);
      figures[`${version} ${file} up to healthy`] = `${((performance.now() - started) / 1000).toFixed(0)} s`;

      // One document in Qdrant, written from inside its container (the stand-in's image has node).
      await compose(['exec', '-T', 'qdrant', 'node', '-e', SEED_KNOWLEDGE]);
      const port = /127\.0\.0\.1:(\d+)/.exec(await compose(['port', 'dot-ai', '3456']))?.[1];
      expect(port).toBeDefined();
      const health = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(10_000) });
      expect(health.status).toBe(200);
      // Without the token: refused, as dot-ai does.
      await expect(connectClient(`http://127.0.0.1:${port}/`, null)).rejects.toThrow(/401|Authentication required/);
      const { client } = await connectClient(`http://127.0.0.1:${port}/`);
      try {
        const tools = await client.listTools();
        expect(tools.tools.map((t) => t.name)).toContain('search_knowledge');
        // search_knowledge goes to QDRANT_URL=http://qdrant:6333: the compose network and DNS, for real.
        const result = await client.callTool({ name: 'search_knowledge', arguments: { query: 'helm' } });
        expect(result.isError).toBeFalsy();
        expect(resultText(result)).toContain('Deploy dot-ai with Helm');
        // The vector DB through the plugin, found through the mounted plugins.json.
        const report = await versionReport(client);
        expect(report.system.vectorDB).toMatchObject({ connected: true, url: 'http://qdrant:6333' });
        expect(report.system.plugins?.pendingDiscovery).toEqual([]);
      } finally {
        await client.close();
      }
      // The prod file's hardening reached the engine.
      if (file === 'docker-compose.prod.yml') {
        const inspect = JSON.parse((await exec('docker', ['inspect', await containerOf(compose, 'dot-ai')])).stdout) as [{ HostConfig: { ReadonlyRootfs: boolean; CapDrop: string[]; Memory: number; PidsLimit: number } }];
        expect(inspect[0].HostConfig).toMatchObject({ ReadonlyRootfs: true, CapDrop: ['ALL'], Memory: 512 * 1024 * 1024, PidsLimit: 256 });
      }
    } catch (error) {
      console.error(`${cli.command.join(' ')} ${file} failed; ps and logs:\n${await compose(['ps', '-a'], false)}\n${await compose(['logs', '--no-color', '--tail', '40'], false)}`);
      throw error;
    } finally {
      await compose(['down', '--volumes', '--remove-orphans', '--timeout', '5'], false);
    }
    // Nothing of the project is left: no container, no volume.
    expect((await exec('docker', ['ps', '-a', '-q', '--filter', `label=com.docker.compose.project=${project}`])).stdout.trim()).toBe('');
    expect((await exec('docker', ['volume', 'ls', '-q', '--filter', `label=com.docker.compose.project=${project}`])).stdout.trim()).toBe('');
  }, 600_000);
});
