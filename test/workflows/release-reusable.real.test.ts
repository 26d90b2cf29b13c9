/**
 * The reusable release workflow (.github/workflows/release-reusable.yml), RUN by a local runner (act,
 * test/helpers/act.ts) as the README's caller workflow calls it, end to end: candidate -> smoke matrix
 * -> publish, each job on this host with this checkout's action (dist/) as `vfarcic/dot-ai-release@v1`.
 * Against a REAL registry with Basic auth (the job token is its password, as GHCR takes github.token),
 * a REAL bare git remote, act's artifact server for the chart package handed from job to job, and the
 * GitHub API as the fake server answers it (GITHUB_API_URL). The repository released is the demo
 * project with the reference MCP server as its image (test/release/helpers.ts), one platform and the
 * docker smoke method, to stay fast.
 * - a dry run builds, gates and smoke-tests the candidate and publishes nothing;
 * - the real run publishes exactly the candidate: the version tag on the digest the candidate job
 *   pushed, the chart package the artifact carried, the release commit and annotated tag on the remote,
 *   the GitHub release; the called workflow's outputs reach the caller.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { RegistryClient } from '../../src/oci/index.js';
import { GitServer, removeRunDirs, requireAct, runWorkflow, type WorkflowRun } from '../helpers/act.js';
import { docker, LOCAL_NODE_IMAGE, requireDockerEngine, requireImage } from '../helpers/docker.js';
import { pushMultiArchNodeBase, requireMultiArch } from '../helpers/multiarch.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { ROOT } from '../helpers/repo.js';
import { releaseRepo, remoteTags, removeReleaseRepos, type ReleaseRepo } from '../release/helpers.js';
import { startFakeGitHub, type FakeGitHub } from '../release/fake-github-helpers.js';

const ACTOR = 'releaser';
const VERSION = '0.5.0'; // the demo project is at 0.4.2: a minor bump
const JOBS_PASSED = ['candidate:success', 'publish:success', 'release:success', 'report:success', 'smoke(docker):success'];

let github: FakeGitHub;
let registry: TestRegistry;
let baseRegistry: TestRegistry;
let base: string;
let repo: ReleaseRepo;
let gitServer: GitServer;
let serverDir: string;
let toolkit: string;
const figures: Record<string, string> = {};

/** The README's caller workflow (the one calling release-reusable.yml), with the inputs of this machine's world and a job reporting what the call output. */
function callerWorkflow(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('/.github/workflows/release-reusable.yml@'));
  if (!block) throw new Error('README.md has no workflow example calling release-reusable.yml');
  const workflow = parse(block) as { jobs: Record<string, { uses?: string; with?: Record<string, unknown> }> };
  const [name, call] = Object.entries(workflow.jobs).find(([, j]) => j.uses?.includes('release-reusable.yml'))!;
  call.with = {
    ...call.with,
    image: `${registry.host}/acme/demo-mcp`,
    context: 'server',
    platforms: 'linux/amd64',
    // The base comes from the test's registry; VERSION is what the reference server reports.
    'build-args': `NODE_IMAGE=${base}\nVERSION=${VERSION}`,
    'chart-registry': `oci://${registry.host}/charts`,
    'plain-http': true,
    'smoke-methods': '["docker"]',
    'smoke-provider': 'docker',
    // The demo server runs without Qdrant; any image that starts stands in for it.
    'smoke-qdrant-image': LOCAL_NODE_IMAGE,
  };
  (workflow.jobs as Record<string, unknown>)['report'] = {
    needs: name,
    'runs-on': 'ubuntu-latest',
    steps: [{ env: { OUTPUTS: `\${{ toJSON(needs.${name}.outputs) }}` }, run: 'printf \'%s\\n\' "$OUTPUTS" > "$WORKFLOW_RUN_DIR/outputs.json"' }],
  };
  return stringify(workflow, { lineWidth: 0 });
}

beforeAll(async () => {
  await requireAct();
  await requireDockerEngine();
  await requireImage(LOCAL_NODE_IMAGE);
  requireMultiArch();
  github = await startFakeGitHub('acme', 'demo');
  // GHCR takes the job's token as the password: one token for the registry and the API here too.
  registry = await startRegistry({ htpasswd: { username: ACTOR, password: github.token } });
  baseRegistry = await startRegistry();
  base = await pushMultiArchNodeBase(baseRegistry.host);

  serverDir = mkdtempSync(path.join(tmpdir(), 'act-git-server-'));
  gitServer = new GitServer(serverDir);
  // The toolkit as workflows get it at @v1: this checkout's action, bundle and workflows.
  toolkit = gitServer.publish('vfarcic/dot-ai-release', ROOT, ['action.yml', 'dist', '.github/workflows'], ['v1']);
  // The repository released, with the caller workflow committed on main and pushed.
  repo = releaseRepo();
  mkdirSync(path.join(repo.dir, '.github/workflows'), { recursive: true });
  writeFileSync(path.join(repo.dir, '.github/workflows/release.yml'), callerWorkflow());
  repo.git(['add', '.github/workflows/release.yml']);
  repo.git(['commit', '--quiet', '--message', 'release workflow']);
  repo.git(['push', '--quiet', 'origin', 'main']);
  gitServer.serve('acme/demo', repo.remote);
}, 600_000);

afterAll(async () => {
  await github?.stop();
  await registry?.stop();
  await baseRegistry?.stop();
  // What the jobs left in the engine under the test registries' names: the candidate pulled to start
  // it, and the smoke step's `NAME:smoke-<digest12>` tag (the smoke command leaves it: a known defect).
  if (registry && baseRegistry) {
    const images = (await docker(['images', '--format', '{{.Repository}} {{.ID}}'])).stdout.split('\n').map((l) => l.split(' '));
    const ours = [...new Set(images.filter(([name]) => name?.startsWith(`${registry.host}/`) || name?.startsWith(`${baseRegistry.host}/`)).map(([, id]) => id!))];
    if (ours.length) await docker(['rmi', '--force', ...ours]).catch(() => undefined);
  }
  removeRunDirs();
  removeReleaseRepos();
  if (serverDir) rmSync(serverDir, { recursive: true, force: true });
  console.info(`reusable release workflow under act: ${JSON.stringify(figures)}`);
});

/** Presses "Run workflow" with these inputs. */
async function dispatch(inputs: Record<string, string | boolean>, label: string): Promise<WorkflowRun> {
  const started = performance.now();
  const run = await runWorkflow({
    workdir: repo.dir,
    workflow: '.github/workflows/release.yml',
    event: 'workflow_dispatch',
    inputs,
    repository: 'acme/demo',
    actor: ACTOR,
    secrets: { GITHUB_TOKEN: github.token },
    githubEnv: { GITHUB_API_URL: github.url },
    reusable: { 'vfarcic/dot-ai-release@v1': toolkit },
    gitServer,
  });
  figures[label] = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  return run;
}

function repository(name: string) {
  return new RegistryClient({ registry: registry.host, credentials: { username: ACTOR, password: github.token } }).repository(name);
}

const notFound = (e: { kind?: string }): Promise<string[]> => (e.kind === 'not-found' ? Promise.resolve([]) : Promise.reject(e));

/** The files of the zip act's artifact server stored for artifact `name` of the run. */
function artifactFiles(run: WorkflowRun, name: string): Map<string, Buffer> {
  const bytes = readFileSync(path.join(run.dir, 'artifacts', '1', name, `${name}.zip`));
  const files = new Map<string, Buffer>();
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const offset = bytes.readUInt32LE(at + 42);
    const file = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
    const data = bytes.subarray(start, start + size);
    files.set(file, method === 8 ? inflateRawSync(data) : data);
  }
  return files;
}

/** The outputs of the called workflow as the caller's next job saw them. */
const callOutputs = (run: WorkflowRun): Record<string, string> => JSON.parse(readFileSync(path.join(run.dir, 'outputs.json'), 'utf8')) as Record<string, string>;

describe('the reusable release workflow, run by act', () => {
  test('a dry run: the candidate built by digest, gated, handed over and smoke-tested; nothing published', async () => {
    const remoteBefore = repo.git(['ls-remote', repo.remote]);
    const run = await dispatch({ bump: 'minor', version: '', 'dry-run': true }, 'dry run');
    expect(run.code, run.transcript()).toBe(0);
    expect(run.results(), run.transcript()).toEqual(JOBS_PASSED);
    const candidate = run.job('candidate').outputs.release!;
    expect(candidate).toMatchObject({ version: VERSION });
    expect(candidate['image-ref']).toMatch(new RegExp(`^${registry.host}/acme/demo-mcp@sha256:[0-9a-f]{64}$`));
    expect(callOutputs(run)).toMatchObject({ version: VERSION });
    // The candidate is in the registry by digest, under no tag; no chart; the remote and GitHub untouched.
    const digest = candidate['image-ref']!.split('@')[1]!;
    expect((await repository('acme/demo-mcp').resolve(digest)).digest).toBe(digest);
    expect(await repository('acme/demo-mcp').listTags().catch(notFound)).toEqual([]);
    expect(await repository('charts/demo-mcp').listTags().catch(notFound)).toEqual([]);
    expect(repo.git(['ls-remote', repo.remote])).toBe(remoteBefore);
    expect(github.releases).toEqual([]);
    // The chart package went from the candidate job to the others through the artifact server.
    expect([...artifactFiles(run, 'release-candidate-chart').keys()]).toEqual([`demo-mcp-${VERSION}.tgz`]);
    expect(run.shown).not.toContain(github.token);
  }, 1_800_000);

  test('a real run publishes exactly the candidate; the outputs reach the caller', async () => {
    const run = await dispatch({ bump: 'minor', version: '', 'dry-run': false }, 'real run');
    expect(run.code, run.transcript()).toBe(0);
    expect(run.results(), run.transcript()).toEqual(JOBS_PASSED);
    const candidateRef = run.job('candidate').outputs.release!['image-ref']!;
    const digest = candidateRef.split('@')[1]!;
    const outputs = callOutputs(run);
    expect(outputs).toEqual({
      version: VERSION,
      tag: `v${VERSION}`,
      'image-ref': candidateRef,
      'chart-ref': `oci://${registry.host}/charts/demo-mcp:${VERSION}`,
      'release-url': `https://github.com/acme/demo/releases/tag/v${VERSION}`,
      'release-commit': expect.stringMatching(/^[0-9a-f]{40}$/),
    });

    // The image: the version and moving tags on the digest the candidate job pushed and the smoke job tested.
    const image = repository('acme/demo-mcp');
    for (const tag of [VERSION, '0.5', 'latest']) expect((await image.resolve(tag)).digest).toBe(digest);
    const index = JSON.parse(Buffer.from((await image.fetchManifest(digest)).bytes).toString('utf8')) as { annotations?: Record<string, string> };
    expect(index.annotations?.['org.opencontainers.image.revision']).toBe(outputs['release-commit']);

    // The chart: the package the artifact carried, byte for byte.
    const [packaged] = [...artifactFiles(run, 'release-candidate-chart').values()];
    const chart = JSON.parse(Buffer.from((await repository('charts/demo-mcp').fetchManifest(VERSION)).bytes).toString('utf8')) as { layers: { digest: string }[] };
    expect(chart.layers[0]!.digest).toBe(`sha256:${createHash('sha256').update(packaged!).digest('hex')}`);

    // Git: the release commit on main and the annotated tag on it, on the remote.
    expect(remoteTags(repo.remote).get(`v${VERSION}`)).toEqual({ commit: outputs['release-commit'], annotated: true });
    expect(repo.git(['rev-parse', 'main'], repo.remote)).toBe(outputs['release-commit']);
    expect(repo.git(['log', '-1', '--format=%s', 'main'], repo.remote)).toBe(`release v${VERSION}`);

    // GitHub: one release, the chart attached.
    expect(github.releases).toHaveLength(1);
    expect(github.releases[0]).toMatchObject({ tag_name: `v${VERSION}`, draft: false, prerelease: false, target_commitish: outputs['release-commit'] });
    expect(github.releases[0]!.assets.map((a) => a.name)).toEqual([`demo-mcp-${VERSION}.tgz`]);
    expect(run.shown).not.toContain(github.token);
  }, 1_800_000);
});
