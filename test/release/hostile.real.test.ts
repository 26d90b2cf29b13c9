/**
 * The release against what would leave it half done, for REAL (issue 17 items 4-7, issue 19 item 8):
 * every conflict that can be known before publishing is refused before anything is built or
 * published; versions and numbers a destination cannot hold are refused on the input; a dry run
 * and a failed run leave the work tree as it was; a push refused by the remote or killed half way
 * is finished by the same command in the same checkout and ends as an uninterrupted release;
 * `--bump` at a release commit is refused; a closed stdout does not stop a release half way.
 * Each case: the exact line, the exit code, nothing changed, nothing published.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { run as releaseCommand } from '../../src/commands/release.js';
import type { Options } from '../../src/config/options.js';
import { buildImageManifest, describeBytes, MEDIA_TYPE, pushArtifact, RegistryClient, type ArtifactBlob } from '../../src/oci/index.js';
import { runInProcess } from '../helpers/capture.js';
import { removeTempRepos, ROOT, runCli } from '../helpers/repo.js';
import { releaseRepo, remoteTags, removeReleaseRepos, twoImageRepo, workTree, type ReleaseRepo } from './helpers.js';
import { CREDENTIALS, releaseOptions, startReleaseWorld, type ReleaseWorld } from './setup-helpers.js';

let world: ReleaseWorld;
const made: string[] = [];

beforeAll(async () => {
  world = await startReleaseWorld();
}, 600_000);

// Every test releases v0.5.0 of its own repository into the one fake GitHub: each starts without the others' releases.
beforeEach(() => {
  if (world) world.github.releases = [];
});

afterAll(async () => {
  await world?.stop();
  removeReleaseRepos();
  removeTempRepos();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function client(name: string) {
  return new RegistryClient({ registry: world.registry.host, credentials: CREDENTIALS }).repository(name);
}

async function tagsOf(name: string): Promise<string[]> {
  return (await client(name).listTags().catch(() => [])).sort();
}

/** Everything a release could change: the work tree, HEAD and the local tags, the remote, the registries, GitHub. */
async function state(repo: ReleaseRepo, repositories: string[]) {
  return {
    files: workTree(repo.dir),
    head: repo.git(['rev-parse', 'HEAD']),
    status: repo.git(['status', '--porcelain']),
    localTags: repo.git(['tag', '--list']),
    remote: repo.git(['ls-remote', repo.remote]),
    registry: await Promise.all(repositories.map(async (r) => `${r}: ${(await tagsOf(r)).join(',')}`)),
    releases: JSON.stringify(world.github.releases),
  };
}

/** A small artifact pushed as `repository:tag`: a version someone else published. */
async function pushForeign(name: string, tag: string): Promise<string> {
  const config = new TextEncoder().encode('{"architecture":"amd64","os":"linux","config":{}}');
  const layer = new TextEncoder().encode(`not this release ${name}`);
  const blobs: ArtifactBlob[] = [
    { descriptor: describeBytes(MEDIA_TYPE.ociImageConfig, config), content: config },
    { descriptor: describeBytes(MEDIA_TYPE.ociLayerTarGzip, layer), content: layer },
  ];
  const manifest = buildImageManifest({ config: blobs[0]!.descriptor, layers: [blobs[1]!.descriptor] });
  return (await pushArtifact(client(name), { blobs, manifest: manifest.bytes, mediaType: manifest.mediaType, tag })).digest;
}

/** The options of a release of the chart alone (no image to build: quick), into `name` in the registry. */
function chartOnly(dir: string, name: string, extra: Options = {}): Options {
  return releaseOptions(world, dir, { image: 'false', context: undefined, 'build-args': undefined, 'smoke-methods': 'none', 'chart-registry': `oci://${world.registry.host}/${name}`, ...extra });
}

/** Options as CLI flags (the password through stdin, the token through the environment). */
function flags(options: Options): string[] {
  return Object.entries(options).flatMap(([flag, value]) => {
    if (value === undefined || flag === 'password' || flag === 'github-token') return [];
    if (value === true) return [`--${flag}`];
    if (value === false) return [`--no-${flag}`];
    return [`--${flag}`, value];
  });
}

const cliEnv = (options: Options, extra: NodeJS.ProcessEnv = {}) => ({ GITHUB_TOKEN: String(options['github-token']), ...extra });

describe('every conflict knowable before publishing is refused before anything is built; nothing changes', () => {
  test('an unpushed local tag vX.Y.Z on another commit', async () => {
    const repo = releaseRepo();
    const image = 'acme/local-tag';
    repo.git(['tag', '--annotate', '--message', 'mine', 'v0.5.0']);
    const before = await state(repo, [image, 'local-tag/demo-mcp']);
    const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: `${world.registry.host}/${image}`, 'chart-registry': `oci://${world.registry.host}/local-tag` }));
    expect(run.error).toMatch(/^v0\.5\.0 conflicts with what exists already; nothing was changed: a local tag v0\.5\.0 points at [0-9a-f]{12}, not at this release's commit [0-9a-f]{12}: delete it \(git tag -d v0\.5\.0\) and run again, or release another version$/);
    expect(await state(repo, [image, 'local-tag/demo-mcp'])).toEqual(before);
    expect(run.spawned.filter((a) => a[0] === 'buildah' || (a.includes('push') && !a.includes('--dry-run')))).toEqual([]);
  }, 300_000);

  test('a lightweight local tag on the release commit itself (git would push it as it is)', async () => {
    const repo = releaseRepo();
    const dry = await runInProcess(releaseCommand, chartOnly(repo.dir, 'lightweight', { 'dry-run': true }));
    expect(dry.error, dry.reporter.text()).toBeUndefined();
    const commit = dry.result!.outputs['release-commit']!;
    repo.git(['tag', 'v0.5.0', commit]);
    const before = await state(repo, ['lightweight/demo-mcp']);
    const run = await runInProcess(releaseCommand, chartOnly(repo.dir, 'lightweight'));
    expect(run.error).toBe('v0.5.0 conflicts with what exists already; nothing was changed: the local tag v0.5.0 on the release commit is a lightweight tag, which would be pushed as it is: delete it (git tag -d v0.5.0) and run again');
    expect(await state(repo, ['lightweight/demo-mcp'])).toEqual(before);
  }, 300_000);

  test("the second image's version published from something else", async () => {
    const repo = twoImageRepo(world.registry.host, 'second-taken');
    const foreign = await pushForeign('acme/second-taken-plugin', '0.5.0');
    const repositories = ['acme/second-taken-server', 'acme/second-taken-plugin', 'second-taken/demo-mcp'];
    const before = await state(repo, repositories);
    const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: undefined, context: undefined, 'chart-registry': `oci://${world.registry.host}/second-taken` }));
    expect(run.error).toMatch(new RegExp(`^v0\\.5\\.0 conflicts with what exists already; nothing was changed: ${world.registry.host.replace(/\./g, '\\.')}/acme/second-taken-plugin:0\\.5\\.0 is already published \\(${foreign}\\) from an unknown commit, not from this release's commit [0-9a-f]{12}: a published version is immutable; release another version$`));
    expect(await state(repo, repositories)).toEqual(before);
    expect(run.spawned.filter((a) => a[0] === 'buildah' || a[0] === 'node')).toEqual([]); // no build, no pre-build
  }, 300_000);

  test('the chart version published with other content: refused at the chart step, before anything is tagged or pushed', async () => {
    const repo = releaseRepo();
    const foreign = await pushForeign('chart-taken/demo-mcp', '0.5.0');
    const before = await state(repo, ['chart-taken/demo-mcp']);
    const run = await runInProcess(releaseCommand, chartOnly(repo.dir, 'chart-taken'));
    expect(run.error).toBe(`oci://${world.registry.host}/chart-taken/demo-mcp:0.5.0 is already published (${foreign}) with other content than this release's chart: a published version is immutable; release another version`);
    expect((run.result!.json as { steps: { name: string; status: string }[] }).steps.map((s) => `${s.name}:${s.status}`)).toEqual(['preflight:done', 'version:done', 'npm-pack:done', 'image:skipped', 'chart:failed', 'smoke:not-run', 'npm:not-run', 'publish:not-run', 'git:not-run', 'github-release:not-run', 'dispatch:not-run']);
    expect(await state(repo, ['chart-taken/demo-mcp'])).toEqual(before);
  }, 300_000);
});

describe('a version or number no destination can hold is refused on the input (CLI: one line, exit 1, nothing written)', () => {
  const long = (n: number) => `1.5.0-${'a'.repeat(n - 6)}`;
  test.each<[string, string[], string]>([
    ['a 200-character version', ['--set', long(200)], `error: --set: "1.5.0-${'a'.repeat(42)}"… (200 characters) is longer than the 128 characters an image or chart tag may have (OCI distribution spec)`],
    ['a 300-character version (semver throws past 256)', ['--set', long(300)], `error: --set: "1.5.0-${'a'.repeat(42)}"… (300 characters) is longer than the 128 characters an image or chart tag may have (OCI distribution spec)`],
    ['a version ending in .lock', ['--set', '1.5.0-rc.lock'], 'error: --set: "1.5.0-rc.lock" ends in .lock, which git refuses at the end of a tag name'],
    ['a tag prefix git reads as an option', ['--set', '0.5.0', '--tag-prefix=-v'], 'error: --tag-prefix: the git tag "-v0.5.0" starts with "-", which git reads as an option'],
    ['a tag prefix starting with a dot', ['--set', '0.5.0', '--tag-prefix', '.v'], 'error: --tag-prefix: the git tag ".v0.5.0" starts with ".", which git refuses in a ref name'],
    ["a smoke timeout beyond Node's timers", ['--set', '0.5.0', '--smoke-timeout', '3000000'], 'error: --smoke-timeout: "3000000" is not a whole number from 1 to 7200'],
    ['no smoke method at all', ['--set', '0.5.0', '--smoke-parallel', '0'], 'error: --smoke-parallel: "0" is not a whole number from 1 to 64'],
    ['a verify timeout of a day', ['--set', '0.5.0', '--verify-timeout', '86400'], 'error: --verify-timeout: "86400" is not a whole number from 1 to 3600'],
    ['a negative verify timeout', ['--set', '0.5.0', '--verify-timeout=-5'], 'error: --verify-timeout: "-5" is not a whole number from 1 to 3600'],
    ['a smoke method the repository does not have', ['--set', '0.5.0', '--smoke-methods', 'nope'], 'error: --smoke-methods: '],
  ])('%s', async (_what, args, line) => {
    const repo = releaseRepo();
    // The given flags come last: the last of a repeated flag counts.
    const options = releaseOptions(world, repo.dir, { set: undefined });
    const before = await state(repo, ['acme/demo-mcp']);
    const run = await runCli(['release', ...flags(options), ...args, '--password-stdin'], cliEnv(options), String(options.password));
    expect(run.code, run.stderr).toBe(1);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(line), errors[0]).toBe(true);
    expect(run.stderr).not.toMatch(/unexpected error|\n\s+at /);
    expect(await state(repo, ['acme/demo-mcp'])).toEqual(before);
  }, 120_000);

  test.each<[string, string[], string]>([
    ['smoke: a timeout beyond Node timers', ['smoke', '--timeout', '3000000'], 'error: --timeout: "3000000" is not a whole number from 1 to 7200'],
    ['smoke: too many at once', ['smoke', '--parallel', '65'], 'error: --parallel: "65" is not a whole number from 1 to 64'],
    ['probe: a timeout beyond Node timers', ['probe', 'http://127.0.0.1:1/', '--timeout', '3000000'], 'error: --timeout: "3000000" is not a whole number from 1 to 3600'],
    ['probe: follow-ups by the million', ['probe', 'http://127.0.0.1:1/', '--follow-ups', '1000000'], 'error: --follow-ups: "1000000" is not a whole number from 0 to 1000'],
    ['image: a verify timeout of zero', ['image', '--context', 'server', '--verify-timeout', '0', '--dry-run'], 'error: --verify-timeout: "0" is not a whole number from 1 to 3600'],
  ])('%s', async (_what, args, line) => {
    const repo = releaseRepo();
    const before = workTree(repo.dir);
    const run = await runCli([...args, '--working-directory', repo.dir], { GITHUB_REPOSITORY: 'acme/demo-mcp' });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('error:'))).toEqual([line]);
    expect(workTree(repo.dir)).toEqual(before);
  });
});

describe('the images of a repository without configuration (issue 19)', () => {
  /** The demo project without `images:` in its configuration (the default image, and values.yaml's blocks, decide). */
  const unconfigured = () =>
    releaseRepo((dir) => writeFileSync(path.join(dir, 'dot-ai-release.yaml'), readFileSync(path.join(dir, 'dot-ai-release.yaml'), 'utf8').replace(/images:[\s\S]*?references:/, 'references:')));

  test('no owner to name the default image after (a remote that is not on GitHub): the release refuses it by name', async () => {
    const repo = unconfigured();
    const saved = process.env.GITHUB_REPOSITORY;
    delete process.env.GITHUB_REPOSITORY;
    try {
      const before = await state(repo, []);
      const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: undefined }));
      expect(run.error).toBe('input image: the default image ghcr.io/<owner>/<repo> has no owner (no GITHUB_REPOSITORY, and the git remote origin is a local path): name the images under images: in dot-ai-release.yaml (or pass input image), or input image false for a release without one');
      expect(await state(repo, [])).toEqual(before);
    } finally {
      if (saved !== undefined) process.env.GITHUB_REPOSITORY = saved;
    }
  });

  test("an image values.yaml pins beside the default one, which the release would not build: refused, naming where it is pinned", async () => {
    const repo = unconfigured();
    const saved = process.env.GITHUB_REPOSITORY;
    process.env.GITHUB_REPOSITORY = 'acme/demo-mcp';
    try {
      const before = await state(repo, []);
      const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: undefined }));
      expect(run.error).toBe('charts/demo-mcp/values.yaml: ui.image.tag pins ghcr.io/acme/demo-mcp-ui at the release version, but this release does not build it: list every image under images: in dot-ai-release.yaml (with its context and Dockerfile)');
      expect(await state(repo, [])).toEqual(before);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_REPOSITORY;
      else process.env.GITHUB_REPOSITORY = saved;
    }
  });
});

describe('the work tree holds the version edits only while the release runs', () => {
  test('a dry run changes nothing: no edit left, no commit, no tag, nothing published', async () => {
    const repo = releaseRepo();
    const before = await state(repo, ['dry/demo-mcp']);
    const run = await runInProcess(releaseCommand, chartOnly(repo.dir, 'dry', { 'dry-run': true }));
    expect(run.error, run.reporter.text()).toBeUndefined();
    expect(run.result!.outputs['release-commit']).toMatch(/^[0-9a-f]{40}$/);
    // A run that releases a chart says why smoke did not run, truly (not "nothing to deploy").
    expect((run.result!.json as { steps: { name: string; reason?: string }[] }).steps.find((x) => x.name === 'smoke')?.reason).toBe('input smoke-methods: none');
    expect(await state(repo, ['dry/demo-mcp'])).toEqual(before);
    expect(existsSync(path.join(repo.dir, '.git/dot-ai-release/release-in-progress.json'))).toBe(false);
  }, 300_000);
});

describe('at a release commit', () => {
  test('--bump does not start another release unseen: it finishes that one, says so and names the way to the next', async () => {
    const repo = releaseRepo();
    const first = await runInProcess(releaseCommand, chartOnly(repo.dir, 'bump-again'));
    expect(first.error, first.reporter.text()).toBeUndefined();
    const commit = first.result!.outputs['release-commit']!;
    const before = await state(repo, ['bump-again/demo-mcp']);
    const options = chartOnly(repo.dir, 'bump-again', { set: undefined, json: true });
    const run = await runCli(['release', ...flags(options), '--bump', 'minor', '--password-stdin'], cliEnv(options), CREDENTIALS.password);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('warning: --bump'))).toEqual([
      `warning: --bump: HEAD is the release commit of v0.5.0 (${commit.slice(0, 12)}), so this run finishes that release and releases nothing new; to release the next version, commit on top of it, or pass --set with that version`,
    ]);
    const json = JSON.parse(run.stdout) as { version: string; 'release-commit': string; steps: { name: string; status: string }[] };
    expect(json).toMatchObject({ version: '0.5.0', 'release-commit': commit });
    expect(json.steps.map((x) => `${x.name}:${x.status}`)).toEqual(['preflight:done', 'version:already-done', 'npm-pack:already-done', 'image:skipped', 'chart:already-done', 'smoke:skipped', 'npm:already-done', 'publish:already-done', 'git:already-done', 'github-release:already-done', 'dispatch:skipped']);
    expect(await state(repo, ['bump-again/demo-mcp'])).toEqual(before);
  }, 300_000);
});

describe('a release whose push failed is finished in the same checkout, as an uninterrupted one', () => {
  /** A pre-receive hook on the bare remote: `script` runs for every push. */
  function hook(repo: ReleaseRepo, script: string): void {
    const file = path.join(repo.remote, 'hooks/pre-receive');
    writeFileSync(file, `#!/bin/sh\n${script}\n`);
    chmodSync(file, 0o755);
  }

  /** What an uninterrupted release leaves on the remote and here. */
  function expectComplete(repo: ReleaseRepo, base: string): void {
    const tag = remoteTags(repo.remote).get('v0.5.0');
    expect(tag?.annotated).toBe(true);
    expect(repo.git(['rev-parse', 'main'], repo.remote)).toBe(tag?.commit);
    expect(repo.git(['rev-parse', `${tag?.commit}^`], repo.remote)).toBe(base);
    expect(repo.git(['log', '-1', '--format=%s', 'main'], repo.remote)).toBe('release v0.5.0');
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(tag?.commit);
    expect(repo.git(['status', '--porcelain'])).toBe('');
  }

  test('refused by a pre-receive hook, then run again', async () => {
    const repo = releaseRepo();
    const base = repo.git(['rev-parse', 'HEAD']);
    const marker = path.join(repo.remote, 'refuse-once');
    writeFileSync(marker, '');
    hook(repo, `if [ -e '${marker}' ]; then rm '${marker}'; echo 'policy: releases need a second look' >&2; exit 1; fi`);
    const options = chartOnly(repo.dir, 'hook-refused');
    const refused = await runInProcess(releaseCommand, options);
    expect(refused.error).toMatch(/^git push origin failed, nothing was pushed \(--atomic\): .*pre-receive hook declined/);
    const commit = refused.result!.outputs['release-commit']!;
    expect(refused.reporter.text()).toContain(`info: the release stopped at git: main is at the release commit ${commit.slice(0, 12)} here, not pushed; run the same release again (input set 0.5.0) to finish it: what is done is left alone; or drop it: git reset --keep HEAD~1 && git tag -d v0.5.0`);
    expect(repo.git(['rev-parse', 'main'], repo.remote)).toBe(base);
    expect(remoteTags(repo.remote).size).toBe(0);
    const again = await runInProcess(releaseCommand, options);
    expect(again.error, again.reporter.text()).toBeUndefined();
    expect((again.result!.json as { steps: { name: string; status: string }[] }).steps.map((s) => `${s.name}:${s.status}`)).toEqual([
      'preflight:done', 'version:already-done', 'npm-pack:already-done', 'image:skipped', 'chart:already-done', 'smoke:skipped', 'npm:already-done', 'publish:already-done', 'git:done', 'github-release:done', 'dispatch:skipped',
    ]);
    expect((again.result!.json as { steps: { name: string; reason?: string }[] }).steps.find((x) => x.name === 'publish')?.reason).toBe('the chart of 0.5.0 is published already');
    expectComplete(repo, base);
  }, 300_000);

  test('killed (SIGKILL, with its git push) while the remote takes the push, then run again', async () => {
    const repo = releaseRepo();
    const base = repo.git(['rev-parse', 'HEAD']);
    const receiving = path.join(repo.remote, 'receiving');
    hook(repo, `touch '${receiving}'; sleep 5`);
    const options = chartOnly(repo.dir, 'push-killed');
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'release', ...flags(options), '--password-stdin'], {
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_'))), ...cliEnv(options) },
      stdio: ['pipe', 'ignore', 'pipe'],
      detached: true,
    });
    child.stderr.resume();
    child.stdin.end(CREDENTIALS.password);
    const closed = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    const watch = setInterval(() => {
      // The remote is running its hook: the push is under way. The run and its git go at once.
      if (existsSync(receiving) && child.pid) process.kill(-child.pid, 'SIGKILL');
    }, 50);
    const signal = await closed;
    clearInterval(watch);
    expect(signal).toBe('SIGKILL');
    rmSync(path.join(repo.remote, 'hooks/pre-receive'));
    // Not pushed: the remote is as it was; here the branch is at the release commit.
    expect(repo.git(['rev-parse', 'main'], repo.remote)).toBe(base);
    expect(repo.git(['log', '-1', '--format=%s'])).toBe('release v0.5.0');
    const again = await runInProcess(releaseCommand, options);
    expect(again.error, again.reporter.text()).toBeUndefined();
    expectComplete(repo, base);
    expect(world.github.releases.filter((r) => r.tag_name === 'v0.5.0' && r.target_commitish === remoteTags(repo.remote).get('v0.5.0')?.commit)).toHaveLength(1);
  }, 300_000);
});

describe('a closed stdout or stderr (| head -1) does not stop the release half way', () => {
  test('the run ends as it would have, its temporary package removed, the work tree put back', async () => {
    const repo = releaseRepo();
    const temp = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-epipe-'));
    made.push(temp);
    const options = chartOnly(repo.dir, 'epipe', { 'dry-run': true, json: true });
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'release', ...flags(options), '--password-stdin'], {
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_'))), ...cliEnv(options), TMPDIR: temp },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.end(CREDENTIALS.password);
    // What `| head -1` does: read a line, then go away (the pipe's read end closes).
    child.stdout.destroy();
    const first = await new Promise<string>((resolve) => child.stderr.once('data', (c: Buffer) => resolve(c.toString('utf8').split('\n')[0] ?? '')));
    child.stderr.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(first).not.toBe('');
    expect(code).toBe(0);
    expect(readdirSync(temp).filter((f) => f.startsWith('dot-ai-release-'))).toEqual([]);
    expect(repo.git(['status', '--porcelain'])).toBe('');
  }, 300_000);
});
