/**
 * The `docker` smoke method for real: the reference server's image run as the guide runs it, on the
 * real Docker engine, probed over MCP; and each kind of failure diagnosed, with nothing left behind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execute, parseInputs } from '../../src/commands/smoke.js';
import { isUserError } from '../../src/errors.js';
import { CapturingReporter } from '../helpers/capture.js';
import { docker, requireDockerEngine, requireImage } from '../helpers/docker.js';
import { DOT_AI_VERSION, ROOT } from '../helpers/repo.js';
import { buildServerImage } from '../mcp-server/reference-server.js';

const QDRANT = process.env.DOT_AI_RELEASE_QDRANT_IMAGE ?? 'dot-ai-release/qdrant-standin:test';
const GOOD = `local/dot-ai-smoke:${DOT_AI_VERSION}`;
const OTHER_VERSION = '0.0.1-smoke';
const WRONG_VERSION = `local/dot-ai-smoke:${OTHER_VERSION}`;

beforeAll(async () => {
  await requireDockerEngine();
  await requireImage(QDRANT, 'run `node scripts/setup.mjs qdrant-standin` (the Qdrant stand-in image)');
  await buildServerImage(GOOD);
  await buildServerImage(WRONG_VERSION, { version: OTHER_VERSION });
  leftByKilledRuns = new Set(await ours());
}, 900_000);

/** What a killed earlier run left (its cleanup never ran): not this file's to answer for. */
let leftByKilledRuns = new Set<string>();

/** Whatever this file's runs made and did not remove. */
async function leftovers(): Promise<string[]> {
  return (await ours()).filter((line) => !leftByKilledRuns.has(line));
}

/**
 * Everything labelled by a run of the docker method (dot-ai-release.smoke=smoke-docker-<hex>): the
 * compose tests' runs, maybe going on in the other worker, carry other run names.
 */
async function ours(): Promise<string[]> {
  const format = (kind: string, name: string) => `${kind} ${name} {{.Label "dot-ai-release.smoke"}}`;
  const kinds = [
    ['ps', '-a', '--filter', 'label=dot-ai-release.smoke', '--format', format('container', '{{.Names}}')],
    ['network', 'ls', '--filter', 'label=dot-ai-release.smoke', '--format', format('network', '{{.Name}}')],
    ['volume', 'ls', '--filter', 'label=dot-ai-release.smoke', '--format', format('volume', '{{.Name}}')],
  ];
  const out = await Promise.all(kinds.map(async (args) => (await docker(args)).stdout.split('\n').filter(Boolean)));
  return out.flat().filter((line) => /^smoke-docker-[0-9a-f]{6}$/.test(line.split(' ')[2] ?? '')).map((line) => line.split(' ').slice(0, 2).join(' '));
}

afterAll(async () => {
  expect(await leftovers()).toEqual([]);
});

async function smoke(options: Record<string, string | boolean>) {
  const reporter = new CapturingReporter();
  const inputs = await parseInputs({ 'working-directory': ROOT, methods: 'docker', provider: 'docker', 'qdrant-image': QDRANT, ...options });
  const result = await execute(inputs, reporter);
  const error = result.error === undefined ? undefined : isUserError(result.error) ? result.error.message : String(result.error);
  const results = JSON.parse(result.outputs.results ?? '[]') as { method: string; status: string; cause?: string; how?: string; diagnostics?: string; probes: { endpoint: string; ok: boolean; server?: { name: string; version: string }; 'tool-call'?: { text: string } }[] }[];
  return { result, error, reporter, method: results[0]!, diagnostics: result.outputs['diagnostics-path']! };
}

describe('smoke: the docker method (single container + external Qdrant)', () => {
  test('the release candidate passes: deployed the guide\'s way, healthy, MCP initialize, tools/list, the version tool shows the release', async () => {
    const run = await smoke({ image: GOOD });
    expect(run.error).toBeUndefined();
    expect(run.result.ok).toBe(true);
    expect(run.method).toMatchObject({ method: 'docker', status: 'passed' });
    expect(run.method.how).toContain('examples/deployments/docker/.env.example');
    const [probe] = run.method.probes;
    expect(probe).toMatchObject({ endpoint: 'published port', ok: true, server: { name: 'dot-ai-reference-server', version: DOT_AI_VERSION } });
    expect(probe!['tool-call']!.text).toContain(DOT_AI_VERSION);
    expect(run.result.summary).toMatch(/\| docker \| ✅ passed \|/);
    expect(await leftovers()).toEqual([]);
  }, 300_000);

  test('a container that exits at start: the cause is its exit, diagnostics hold its inspect and logs', async () => {
    const run = await smoke({ image: 'local/node:bookworm', timeout: '60' });
    expect(run.result.ok).toBe(false);
    expect(run.method.cause).toMatch(/^container smoke-docker-[0-9a-f]{6} exited with code \d+/);
    expect(run.error).toBe(`smoke: docker: ${run.method.cause}`);
    expect(existsSync(`${run.diagnostics}/docker/probe.json`)).toBe(true);
    const inspect = readFileSync(`${run.diagnostics}/docker/${/smoke-docker-[0-9a-f]{6}/.exec(run.method.cause!)![0]}.inspect.json`, 'utf8');
    expect(JSON.parse(inspect).State.Status).toBe('exited');
    expect(await leftovers()).toEqual([]);
  }, 300_000);

  test('a server running another version: the tool call names both versions', async () => {
    const run = await smoke({ image: WRONG_VERSION });
    expect(run.result.ok).toBe(false);
    expect(run.method.cause).toBe(`published port: tool version returned ${OTHER_VERSION}, expected ${DOT_AI_VERSION}`);
  }, 300_000);

  test('Qdrant unreachable: a tool that needs it fails, naming Qdrant', async () => {
    // A "Qdrant" that exits at once: the server starts, but search_knowledge cannot reach it.
    const run = await smoke({ image: GOOD, 'qdrant-image': 'local/node:bookworm', tool: 'search_knowledge', 'tool-args': '{"query":"x"}', expect: 'anything' });
    expect(run.result.ok).toBe(false);
    expect(run.method.cause).toMatch(/^published port: tool search_knowledge .*Qdrant is unreachable at QDRANT_URL=http:\/\/qdrant:6333/);
  }, 300_000);

  test('a method past its time budget stops there and says so', async () => {
    const run = await smoke({ image: GOOD, timeout: '2' });
    expect(run.result.ok).toBe(false);
    expect(run.method.cause).toMatch(/time budget of 2 s spent/);
    expect(await leftovers()).toEqual([]);
  }, 300_000);

  test('an unknown method or a method whose files are missing is named before anything starts', async () => {
    await expect(parseInputs({ 'working-directory': ROOT, methods: 'dockr', provider: 'docker' })).rejects.toThrow(/^input methods: unknown method "dockr"/);
    await expect(parseInputs({ 'working-directory': ROOT, methods: 'helm', provider: 'docker' })).rejects.toThrow(/^input methods: helm need Kubernetes, but provider is docker/);
  });
});
