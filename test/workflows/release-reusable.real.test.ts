/**
 * The reusable release workflow (.github/workflows/release-reusable.yml), RUN by a local runner (act,
 * test/helpers/act.ts) as the README's caller workflow calls it, end to end: candidate -> smoke matrix
 * -> publish, each job on this host with this checkout's action (dist/) as `vfarcic/dot-ai-release@v1`.
 * Against a REAL registry with Basic auth (the job token is its password, as GHCR takes github.token),
 * a REAL npm registry (verdaccio, the npm-token secret), a REAL bare git remote, act's artifact server
 * for the chart package and the npm tarball handed from job to job, and the GitHub API as the fake
 * server answers it (GITHUB_API_URL), with a second repository the dispatch-token secret may send
 * events to. The repository released is dot-ai 2.x's shape: two images (the reference MCP server and a
 * plugin, each with its pre-build; test/release/helpers.ts), the chart, the npm package, one event to
 * another repository; one platform and the docker smoke method, to stay fast.
 * - a dry run builds, gates and smoke-tests both candidates and publishes nothing;
 * - the real run (the button) publishes exactly the candidates: both images' tags on the digests the
 *   candidate job pushed and the smoke job deployed, the npm tarball and chart package the artifacts
 *   carried, the release commit and annotated tag on the remote, the GitHub release, the event; the
 *   called workflow's outputs reach the caller;
 * - a notes-only run makes the notes again in one job and nothing else;
 * - a pushed tag releases its version: the release commit on top of the tag's commit, pushed to main,
 *   the tag left where the maintainer pushed it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { RegistryClient } from '../../src/oci/index.js';
import { GitServer, removeRunDirs, requireAct, runWorkflow, type RunWorkflowOptions, type WorkflowRun } from '../helpers/act.js';
import { docker, LOCAL_NODE_IMAGE, requireDockerEngine, requireImage } from '../helpers/docker.js';
import { pushMultiArchNodeBase, requireMultiArch } from '../helpers/multiarch.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { ROOT } from '../helpers/repo.js';
import { startVerdaccio, type TestVerdaccio } from '../helpers/verdaccio.js';
import { remoteTags, removeReleaseRepos, twoImageRepo, type ReleaseRepo } from '../release/helpers.js';
import { startFakeGitHub, type FakeGitHub } from '../release/fake-github-helpers.js';

const ACTOR = 'releaser';
const VERSION = '0.5.0'; // the demo project is at 0.4.2: a minor bump
const TAGGED = '0.6.0'; // then the maintainer pushes v0.6.0
const PACKAGE = '@acme/demo-mcp';
/** The token the other repository (acme/cli) takes events with: the dispatch-token secret. */
const DISPATCH_TOKEN = `ghp_dispatch${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 20)}`;
/** The workflow's setup input: installs the changelog tool the hook runs (a section per version, at the top). */
const SETUP = `tools="$(mktemp -d)"
cat > "$tools/changelog-tool" <<'TOOL'
#!/bin/sh
set -eu
new="$(mktemp)"
{ printf '# Changelog\\n\\n## %s (%s)\\n\\n- Released by the reusable workflow\\n' "$1" "$2"; tail -n +2 CHANGELOG.md; } > "$new"
cat "$new" > CHANGELOG.md
rm "$new"
TOOL
chmod +x "$tools/changelog-tool"
echo "$tools" >> "$GITHUB_PATH"
`;
const JOBS_PASSED = ['candidate:success', 'publish:success', 'release:success', 'report:success', 'smoke(docker):success'];

let github: FakeGitHub;
let registry: TestRegistry;
let baseRegistry: TestRegistry;
let npm: TestVerdaccio;
let base: string;
let repo: ReleaseRepo;
let gitServer: GitServer;
let serverDir: string;
let toolkit: string;
const figures: Record<string, string> = {};
const serverImage = (): string => `${registry.host}/acme/demo-server`;
const pluginImage = (): string => `${registry.host}/acme/demo-plugin`;

/**
 * The README's caller workflow (the one calling release-reusable.yml), with the inputs of this
 * machine's world and a job reporting what the call output. `version` is what the reference server
 * is built to report (its build argument): the version the maintainer is about to release.
 */
function callerWorkflow(version: string): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('/.github/workflows/release-reusable.yml@'));
  if (!block) throw new Error('README.md has no workflow example calling release-reusable.yml');
  const workflow = parse(block) as { on: Record<string, unknown>; jobs: Record<string, { uses?: string; with?: Record<string, unknown> }> };
  // act runs the event it is given; both triggers stay as the README has them.
  expect(workflow.on).toMatchObject({ push: { tags: ['v*'] }, workflow_dispatch: expect.anything() });
  const [name, call] = Object.entries(workflow.jobs).find(([, j]) => j.uses?.includes('release-reusable.yml'))!;
  call.with = {
    ...call.with,
    platforms: 'linux/amd64',
    // The base comes from the test's registry; VERSION is what the reference server reports.
    'build-args': `NODE_IMAGE=${base}\nVERSION=${version}`,
    'chart-registry': `oci://${registry.host}/charts`,
    'plain-http': true,
    'npm-registry': npm.url,
    'smoke-methods': '["docker"]',
    'smoke-provider': 'docker',
    // The demo server runs without Qdrant; any image that starts stands in for it.
    'smoke-qdrant-image': LOCAL_NODE_IMAGE,
    // What the hook runs, installed as `pipx install towncrier` would be: on the PATH of the job's later steps.
    setup: SETUP,
    'release-notes': 'changelog,generated',
  };
  (workflow.jobs as Record<string, unknown>)['report'] = {
    needs: name,
    'runs-on': 'ubuntu-latest',
    steps: [{ env: { OUTPUTS: `\${{ toJSON(needs.${name}.outputs) }}` }, run: 'printf \'%s\\n\' "$OUTPUTS" > "$WORKFLOW_RUN_DIR/outputs.json"' }],
  };
  return stringify(workflow, { lineWidth: 0 });
}

/** Commits the caller workflow for `version` on main and pushes it. */
function commitCaller(version: string): void {
  mkdirSync(path.join(repo.dir, '.github/workflows'), { recursive: true });
  writeFileSync(path.join(repo.dir, '.github/workflows/release.yml'), callerWorkflow(version));
  repo.git(['add', '.github/workflows/release.yml']);
  repo.git(['commit', '--quiet', '--message', `release workflow for ${version}`]);
  repo.git(['push', '--quiet', 'origin', 'main']);
}

beforeAll(async () => {
  await requireAct();
  await requireDockerEngine();
  await requireImage(LOCAL_NODE_IMAGE);
  requireMultiArch();
  github = await startFakeGitHub('acme', 'demo');
  github.repositories.set('acme/cli', { readers: [DISPATCH_TOKEN], writers: [DISPATCH_TOKEN] });
  // GHCR takes the job's token as the password: one token for the registry and the API here too.
  registry = await startRegistry({ htpasswd: { username: ACTOR, password: github.token } });
  baseRegistry = await startRegistry();
  npm = await startVerdaccio();
  base = await pushMultiArchNodeBase(baseRegistry.host);

  serverDir = mkdtempSync(path.join(tmpdir(), 'act-git-server-'));
  gitServer = new GitServer(serverDir);
  // The toolkit as workflows get it at @v1: this checkout's action, bundle and workflows.
  toolkit = gitServer.publish('vfarcic/dot-ai-release', ROOT, ['action.yml', 'dist', '.github/workflows'], ['v1']);
  // The repository released: two images, and an event to acme/cli once released; the caller workflow committed on main and pushed.
  repo = twoImageRepo(registry.host, 'demo');
  const config = path.join(repo.dir, 'dot-ai-release.yaml');
  // dot-ai's towncrier hook: a tool the workflow's setup input installs writes the version's changelog section.
  writeFileSync(config, `${readFileSync(config, 'utf8')}dispatch:\n  - { repository: acme/cli, event: server-release }\nhooks:\n  afterVersion:\n    - run: [changelog-tool, "{{version}}", "{{date}}"]\n      files: [CHANGELOG.md]\n`);
  writeFileSync(path.join(repo.dir, 'CHANGELOG.md'), '# Changelog\n');
  repo.git(['add', 'CHANGELOG.md']);
  repo.git(['commit', '--quiet', '--all', '--message', 'events to acme/cli, the changelog hook']);
  commitCaller(VERSION);
  gitServer.serve('acme/demo', repo.remote);
}, 600_000);

afterAll(async () => {
  await github?.stop();
  await registry?.stop();
  await baseRegistry?.stop();
  await npm?.stop();
  // What the jobs left in the engine under the test registries' names: the candidates pulled to start
  // them, and the smoke step's `NAME:smoke-<digest12>` tag (the smoke command leaves it: a known defect).
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

/** Runs the caller workflow for `event` (a dispatch with its inputs, or a push of a tag). */
async function run(event: Pick<RunWorkflowOptions, 'event' | 'inputs' | 'ref'>, label: string): Promise<WorkflowRun> {
  const started = performance.now();
  const result = await runWorkflow({
    workdir: repo.dir,
    workflow: '.github/workflows/release.yml',
    ...event,
    repository: 'acme/demo',
    actor: ACTOR,
    secrets: { GITHUB_TOKEN: github.token, NPM_TOKEN: npm.users.releaser!.token, DISPATCH_TOKEN },
    githubEnv: { GITHUB_API_URL: github.url },
    reusable: { 'vfarcic/dot-ai-release@v1': toolkit },
    gitServer,
  });
  figures[label] = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  return result;
}

/** Presses "Run workflow" with these inputs. */
const dispatch = (inputs: Record<string, string | boolean>, label: string): Promise<WorkflowRun> => run({ event: 'workflow_dispatch', inputs }, label);

function repository(name: string) {
  return new RegistryClient({ registry: registry.host, credentials: { username: ACTOR, password: github.token } }).repository(name.slice(registry.host.length + 1));
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

interface CandidateImage {
  name: string;
  digest: string;
  ref: string;
}

/** The candidate job's images, and what the smoke job deployed: the server's ref, the plugin as REPOSITORY=REF. */
function candidates(run: WorkflowRun): CandidateImage[] {
  const images = JSON.parse(run.job('candidate').outputs.release!.images!) as CandidateImage[];
  expect(images.map((i) => i.name)).toEqual([serverImage(), pluginImage()]);
  for (const image of images) expect(image.ref).toBe(`${image.name}@${image.digest}`);
  expect(run.job('smoke', { method: 'docker' }).outputs.images?.image).toBe(`${images[0]!.ref},${pluginImage()}=${images[1]!.ref}`);
  return images;
}

/** The sha512 integrity npm computes for a tarball. */
const integrity = (bytes: Buffer): string => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

/** Checks the real release of `version` published exactly the candidates of `run`; returns the call's outputs. */
async function expectPublished(run: WorkflowRun, version: string): Promise<Record<string, string>> {
  const images = candidates(run);
  const outputs = callOutputs(run);
  const [tarball] = [...artifactFiles(run, 'release-candidate-npm').values()];
  expect(outputs).toMatchObject({
    version,
    tag: `v${version}`,
    'image-ref': images[0]!.ref,
    'chart-ref': `oci://${registry.host}/charts/demo-mcp:${version}`,
    'npm-package': `${PACKAGE}@${version}`,
    'npm-dist-tag': 'latest',
    'release-url': `https://github.com/acme/demo/releases/tag/v${version}`,
    'release-commit': expect.stringMatching(/^[0-9a-f]{40}$/),
  });
  expect((JSON.parse(outputs.images!) as CandidateImage[]).map((i) => i.ref)).toEqual(images.map((i) => i.ref));

  // Both images: the version and moving tags on the digests the candidate job pushed and the smoke job deployed.
  for (const image of images) {
    for (const tag of [version, version.split('.').slice(0, 2).join('.'), 'latest']) expect((await repository(image.name).resolve(tag)).digest, `${image.name}:${tag}`).toBe(image.digest);
    const index = JSON.parse(Buffer.from((await repository(image.name).fetchManifest(image.digest)).bytes).toString('utf8')) as { annotations?: Record<string, string> };
    expect(index.annotations?.['org.opencontainers.image.revision']).toBe(outputs['release-commit']);
  }
  // The chart: the package the artifact carried, byte for byte.
  const [packaged] = [...artifactFiles(run, 'release-candidate-chart').values()];
  const chart = JSON.parse(Buffer.from((await repository(`${registry.host}/charts/demo-mcp`).fetchManifest(version)).bytes).toString('utf8')) as { layers: { digest: string }[] };
  expect(chart.layers[0]!.digest).toBe(`sha256:${createHash('sha256').update(packaged!).digest('hex')}`);
  // npm: the tarball the candidate job packed and the artifact carried, byte for byte, under latest.
  const packument = (await npm.packument(PACKAGE))!;
  expect((packument.versions as Record<string, { dist: { integrity: string } }>)[version]!.dist.integrity).toBe(integrity(tarball!));
  expect(packument['dist-tags']).toMatchObject({ latest: version });
  // GitHub: the release, with the chart attached; the event sent to acme/cli with the dispatch-token secret.
  const release = github.releases.find((r) => r.tag_name === `v${version}`)!;
  expect(release).toMatchObject({ draft: false, prerelease: false, target_commitish: outputs['release-commit'] });
  expect(release.assets.map((a) => a.name)).toEqual([`demo-mcp-${version}.tgz`]);
  for (const image of images) expect(release.body).toContain(`\`${image.name}:${version}\`, digest \`${image.digest}\``);
  // The hook ran (its tool from the setup input) in the candidate and the publish job alike: the release commit the
  // images name holds its changelog section, and the notes start with it (release-notes changelog,generated).
  const changelog = repo.git(['show', `${outputs['release-commit']}:CHANGELOG.md`], repo.remote);
  expect(changelog).toMatch(new RegExp(`^# Changelog\\n\\n## ${version.replace(/\./g, '\\.')} \\(\\d{4}-\\d{2}-\\d{2}\\)\\n\\n- Released by the reusable workflow(\\n|$)`));
  expect(release.body.startsWith('- Released by the reusable workflow')).toBe(true);
  expect(github.dispatches.filter((d) => (d.client_payload as { version: string }).version === version)).toEqual([
    { repository: 'acme/cli', event_type: 'server-release', client_payload: expect.objectContaining({ version, tag: `v${version}`, release_commit: outputs['release-commit'] }), token: DISPATCH_TOKEN },
  ]);
  for (const secret of [github.token, npm.users.releaser!.token, DISPATCH_TOKEN]) expect(run.shown).not.toContain(secret);
  return outputs;
}

describe('the reusable release workflow, run by act', () => {
  test('a dry run: both candidates built by digest, gated, handed over and smoke-tested; nothing published', async () => {
    const remoteBefore = repo.git(['ls-remote', repo.remote]);
    const result = await dispatch({ bump: 'minor', version: '', 'dry-run': true, 'notes-only': false }, 'dry run');
    expect(result.code, result.transcript()).toBe(0);
    expect(result.results(), result.transcript()).toEqual(JOBS_PASSED);
    expect(result.job('candidate').outputs.release).toMatchObject({ version: VERSION });
    expect(callOutputs(result)).toMatchObject({ version: VERSION });
    // Both candidates are in the registry by digest, under no tag; no chart, no npm version; the remote and GitHub untouched.
    for (const image of candidates(result)) {
      expect((await repository(image.name).resolve(image.digest)).digest).toBe(image.digest);
      expect(await repository(image.name).listTags().catch(notFound)).toEqual([]);
    }
    expect(await repository(`${registry.host}/charts/demo-mcp`).listTags().catch(notFound)).toEqual([]);
    expect(await npm.packument(PACKAGE)).toBeUndefined();
    expect(repo.git(['ls-remote', repo.remote])).toBe(remoteBefore);
    expect(github.releases).toEqual([]);
    expect(github.dispatches).toEqual([]);
    // The chart package and the npm tarball went from the candidate job to the others through the artifact server.
    expect([...artifactFiles(result, 'release-candidate-chart').keys()]).toEqual([`demo-mcp-${VERSION}.tgz`]);
    expect([...artifactFiles(result, 'release-candidate-npm').keys()]).toEqual([`acme-demo-mcp-${VERSION}.tgz`]);
    for (const secret of [github.token, npm.users.releaser!.token, DISPATCH_TOKEN]) expect(result.shown).not.toContain(secret);
  }, 1_800_000);

  test('a real run publishes exactly the candidates (images, chart, npm), tags, releases and sends the event; the outputs reach the caller', async () => {
    const result = await dispatch({ bump: 'minor', version: '', 'dry-run': false, 'notes-only': false }, 'real run');
    expect(result.code, result.transcript()).toBe(0);
    expect(result.results(), result.transcript()).toEqual(JOBS_PASSED);
    const outputs = await expectPublished(result, VERSION);
    // Git: the release commit on main and the annotated tag on it, on the remote.
    expect(remoteTags(repo.remote).get(`v${VERSION}`)).toEqual({ commit: outputs['release-commit'], annotated: true });
    expect(repo.git(['rev-parse', 'main'], repo.remote)).toBe(outputs['release-commit']);
    expect(repo.git(['log', '-1', '--format=%s', 'main'], repo.remote)).toBe(`release v${VERSION}`);
    expect(github.releases).toHaveLength(1);
  }, 1_800_000);

  test('a notes-only run makes the notes of the release again in one job; nothing is built or published', async () => {
    // Pressed on main as it is now: at the release commit, whose changelog has the version's section.
    repo.git(['pull', '--quiet', '--ff-only', 'origin', 'main']);
    const release = github.releases[0]!;
    const published = release.body;
    const generated = "## What's Changed\n* Everything since the previous release by @someone in #1";
    expect(published).toContain(generated);
    // The notes went stale (edited by hand): the run makes them again and keeps the release's own part.
    release.body = published.replace(generated, 'stale notes');
    const remoteBefore = repo.git(['ls-remote', repo.remote]);
    const requests = github.requests.length;
    const result = await dispatch({ bump: 'patch', version: VERSION, 'dry-run': false, 'notes-only': true }, 'notes only');
    expect(result.code, result.transcript()).toBe(0);
    // candidate, smoke and publish are skipped: they never start (act lists no job that did not run).
    expect(result.results(), result.transcript()).toEqual(['notes:success', 'release:success', 'report:success']);
    expect(result.job('notes').lines).toContain('release v0.5.0 (the notes only)');
    expect(callOutputs(result)).toMatchObject({ version: VERSION, tag: `v${VERSION}`, 'release-url': `https://github.com/acme/demo/releases/tag/v${VERSION}` });
    expect(release.body).toBe(published);
    expect(github.requests.slice(requests).filter((r) => r.method !== 'GET' && !r.path.endsWith('/generate-notes')).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/acme/demo/releases/${release.id}`]);
    expect(github.releases).toHaveLength(1);
    expect(github.dispatches).toHaveLength(1);
    expect(repo.git(['ls-remote', repo.remote])).toBe(remoteBefore);
    expect((await repository(serverImage()).listTags()).sort()).toEqual(['0.5', VERSION, 'latest'].sort());
  }, 600_000);

  test('a pushed tag releases its version: built, smoke-tested and published from the tag, the release commit on top of it pushed to main, the tag left alone', async () => {
    // dot-ai's way: the maintainer tags a source commit whose files still say the previous version.
    commitCaller(TAGGED);
    repo.git(['tag', `v${TAGGED}`]);
    repo.git(['push', '--quiet', 'origin', `refs/tags/v${TAGGED}`]);
    const tagged = repo.git(['rev-parse', 'HEAD']);
    const result = await run({ event: 'push', ref: `refs/tags/v${TAGGED}` }, 'tag push');
    expect(result.code, result.transcript()).toBe(0);
    expect(result.results(), result.transcript()).toEqual(JOBS_PASSED);
    const outputs = await expectPublished(result, TAGGED);
    // The release commit is on top of the tag's commit, pushed to main; the tag stays where it was pushed.
    expect(repo.git(['rev-parse', `${outputs['release-commit']}^`], repo.remote)).toBe(tagged);
    expect(repo.git(['rev-parse', 'main'], repo.remote)).toBe(outputs['release-commit']);
    expect(remoteTags(repo.remote).get(`v${TAGGED}`)).toEqual({ commit: tagged, annotated: false });
    expect(github.releases.map((r) => r.tag_name)).toEqual([`v${VERSION}`, `v${TAGGED}`]);
  }, 1_800_000);
});
