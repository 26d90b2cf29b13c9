/**
 * A release of two images, for REAL (issue 19): a repository laid out like dot-ai 2.x (the server
 * and a plugin, each built from what its pre-build made on the runner) released into a real
 * registry with auth, with a real bare git remote, buildah builds and the docker smoke method.
 * Every image is built and pushed by digest and started, and only then do all tags move, together.
 * A release killed between the two image builds is finished by the same command in the same
 * checkout without running a pre-build twice; one image that does not start, or whose version is
 * published by someone else while the release runs, publishes nothing of any image.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { run as releaseCommand } from '../../src/commands/release.js';
import { parseReleaseInputs } from '../../src/release/inputs.js';
import type { Options } from '../../src/config/options.js';
import { isUserError } from '../../src/errors.js';
import { buildImageManifest, describeBytes, MEDIA_TYPE, pushArtifact, RegistryClient, type ArtifactBlob } from '../../src/oci/index.js';
import type { CommandResult } from '../../src/report/reporter.js';
import { localHost } from '../../src/tools/host.js';
import { CleanupRegistry } from '../../src/tools/cleanup.js';
import { exec } from '../../src/tools/exec.js';
import { CapturingReporter } from '../helpers/capture.js';
import { removeTempRepos, ROOT } from '../helpers/repo.js';
import { BROKEN_PLUGIN, remoteTags, removeReleaseRepos, twoImageRepo, workTree } from './helpers.js';
import { CREDENTIALS, releaseOptions, startReleaseWorld, type ReleaseWorld } from './setup-helpers.js';

let world: ReleaseWorld;
const figures: Record<string, string> = {};
const logs = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-prebuild-log-'));
const killedPids: number[] = [];

beforeAll(async () => {
  world = await startReleaseWorld();
}, 600_000);

// Every test releases v0.5.0 of its own repository into the one fake GitHub: each starts without the others' releases.
beforeEach(() => {
  if (world) world.github.releases = [];
});

afterAll(async () => {
  // Killed runs clean nothing up: their buildah lists and pulled candidates go here.
  if (world) {
    const lists = await exec('buildah', ['images', '--format', '{{.Name}}:{{.Tag}}']);
    for (const name of lists.stdout.split('\n').filter((n) => killedPids.some((pid) => n.startsWith(`localhost/dot-ai-release-${pid}-`)))) await exec('buildah', ['manifest', 'rm', name]);
    const images = await exec(process.env.DOCKER_BIN ?? 'docker', ['images', '--format', '{{.Repository}}@{{.Digest}}', `${world.registry.host}/acme/*`]);
    for (const ref of images.stdout.split('\n').filter((r) => r.startsWith(`${world.registry.host}/`))) await exec(process.env.DOCKER_BIN ?? 'docker', ['image', 'rm', ref]);
  }
  await world?.stop();
  removeReleaseRepos();
  removeTempRepos();
  rmSync(logs, { recursive: true, force: true });
  console.info(`multi-image release figures: ${JSON.stringify(figures)}`);
});

function repository(name: string) {
  return new RegistryClient({ registry: world.registry.host, credentials: CREDENTIALS }).repository(name);
}

async function tagsOf(name: string): Promise<string[]> {
  return (await repository(name).listTags().catch(() => [])).sort();
}

/** The release's options for a two-image repository: no single image, no context: each image's own settings. */
function twoImageOptions(dir: string, name: string, extra: Options = {}): Options {
  // npm is the pipeline tests' (one package name per verdaccio): these are about the images.
  return releaseOptions(world, dir, { image: undefined, context: undefined, npm: 'false', 'chart-registry': `oci://${world.registry.host}/${name}`, ...extra });
}

/** Runs the release in this process with `onStep` called as each step starts (to change the world under it). */
async function releaseInProcess(options: Options, onStep: (step: string) => Promise<void> = async () => undefined) {
  const reporter = new (class extends CapturingReporter {
    override async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
      await onStep(name);
      return super.group(name, fn);
    }
  })();
  const cleanup = new CleanupRegistry();
  let result: CommandResult | undefined;
  let error: string | undefined;
  try {
    result = await releaseCommand(options, reporter, { cleanup, signal: new AbortController().signal, host: localHost() });
    if (result.error !== undefined) {
      if (!isUserError(result.error)) throw result.error;
      error = result.error.message;
    }
  } catch (err) {
    if (!isUserError(err)) throw err;
    error = err.message;
  } finally {
    await cleanup.runAll();
  }
  return { result, error, reporter };
}

function prebuildLines(log: string): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];
}

function steps(result: CommandResult | undefined): string[] {
  return ((result?.json as { steps?: { name: string; status: string }[] } | undefined)?.steps ?? []).map((s) => `${s.name}:${s.status}`);
}

describe('a release of two images', () => {
  test("the plugin released alone (input image names it): smoke-tested beside the configured server at the release version, never in the server's place", async () => {
    const name = 'plugin-alone';
    const repo = twoImageRepo(world.registry.host, name);
    const [server, plugin] = [`${world.registry.host}/acme/${name}-server`, `${world.registry.host}/acme/${name}-plugin`];
    const inputs = await parseReleaseInputs(twoImageOptions(repo.dir, name, { image: plugin, 'dry-run': true }), new CapturingReporter());
    expect(inputs.images.map((i) => [i.job.image, i.server])).toEqual([[plugin, false]]);
    expect(inputs.smoke?.candidate).toMatchObject({ image: `${server}:0.5.0`, repository: server });
    // Both, and the server alone, are the server in its place.
    const both = await parseReleaseInputs(twoImageOptions(repo.dir, name, { 'dry-run': true }), new CapturingReporter());
    expect(both.images.map((i) => [i.job.image, i.server])).toEqual([[server, true], [plugin, false]]);
    expect(both.smoke?.candidate).toMatchObject({ image: `${server}:0.5.0`, repository: server });
    const alone = await parseReleaseInputs(twoImageOptions(repo.dir, name, { image: server, 'dry-run': true }), new CapturingReporter());
    expect(alone.images.map((i) => [i.job.image, i.server])).toEqual([[server, true]]);
  });

  test('both built from their pre-builds, pushed by digest, started and smoke-tested, then every tag of both moved; a re-run only reads', async () => {
    const name = 'two';
    const repo = twoImageRepo(world.registry.host, name);
    const log = path.join(logs, `${name}.log`);
    process.env.PREBUILD_LOG = log;
    const started = performance.now();
    try {
      const run = await releaseInProcess(twoImageOptions(repo.dir, name));
      figures['two images, first run'] = `${((performance.now() - started) / 1000).toFixed(1)} s`;
      expect(run.error, run.reporter.text()).toBeUndefined();
      expect(steps(run.result)).toEqual(['preflight:done', 'version:done', 'npm-pack:skipped', 'image:done', 'chart:done', 'smoke:done', 'npm:skipped', 'publish:done', 'git:done', 'github-release:done', 'dispatch:skipped']);
      const outputs = run.result!.outputs;
      const commit = outputs['release-commit']!;

      // Each pre-build ran once, in a checkout of the release commit (not in the work tree).
      const lines = prebuildLines(log);
      expect(lines.map((l) => l.split(' ')[0])).toEqual(['server', 'plugin']);
      for (const line of lines) expect(line).toContain(`${path.sep}dot-ai-release${path.sep}builds${path.sep}${commit.slice(0, 12)}-`);
      expect(existsSync(path.join(repo.dir, 'plugin/dist'))).toBe(false);
      expect(run.reporter.lines).toContain('group: pre-build of ' + `${world.registry.host}/acme/${name}-plugin`);
      expect(run.reporter.lines).toContain('info: pre-built plugin');

      // Both images: every tag on its own verified digest, built from the release commit.
      const images = JSON.parse(outputs.images!) as { name: string; digest: string; ref: string; tags: string[] }[];
      expect(images.map((i) => i.name)).toEqual([`${world.registry.host}/acme/${name}-server`, `${world.registry.host}/acme/${name}-plugin`]);
      expect(outputs['image-ref']).toBe(images[0]!.ref);
      for (const image of images) {
        const repoName = image.name.slice(world.registry.host.length + 1);
        expect(await tagsOf(repoName)).toEqual(['0.5', '0.5.0', 'latest']);
        for (const tag of ['0.5.0', '0.5', 'latest']) expect((await repository(repoName).resolve(tag)).digest).toBe(image.digest);
        const index = JSON.parse(Buffer.from((await repository(repoName).fetchManifest(image.digest)).bytes).toString('utf8')) as { annotations: Record<string, string> };
        expect(index.annotations['org.opencontainers.image.revision']).toBe(commit);
        expect(image.tags).toEqual(['0.5.0', '0.5', 'latest']);
      }
      // values.yaml pins both at the release version, in the release commit.
      const values = repo.git(['show', `${commit}:charts/demo-mcp/values.yaml`]);
      expect(values).toContain('tag: "0.5.0"');
      expect(values).toContain("tag: '0.5.0'");
      // The summary and the GitHub release name both.
      for (const image of images) {
        expect(run.result!.summary).toContain(`\`${image.name}:0.5.0\``);
        expect(world.github.releases.at(-1)!.body).toContain(`- Image: \`${image.name}:0.5.0\`, digest \`${image.digest}\``);
      }
      expect(remoteTags(repo.remote).get('v0.5.0')).toEqual({ commit, annotated: true });
      // What the release kept for a re-run is gone once it finished.
      expect(readdirSync(path.join(repo.dir, '.git/dot-ai-release/builds'))).toEqual([]);

      // Again: everything is done; nothing is built, no pre-build runs.
      const again = await releaseInProcess(twoImageOptions(repo.dir, name));
      expect(again.error, again.reporter.text()).toBeUndefined();
      expect(steps(again.result)).toEqual(['preflight:done', 'version:already-done', 'npm-pack:skipped', 'image:already-done', 'chart:already-done', 'smoke:already-done', 'npm:skipped', 'publish:already-done', 'git:already-done', 'github-release:already-done', 'dispatch:skipped']);
      expect(prebuildLines(log)).toHaveLength(2);
      expect(JSON.parse(again.result!.outputs.images!)).toEqual(images);
    } finally {
      delete process.env.PREBUILD_LOG;
    }
  }, 1_200_000);

  test('killed (SIGKILL) between the two image builds: the same command in the same checkout finishes it, no pre-build runs twice', async () => {
    const name = 'resumed-two';
    const repo = twoImageRepo(world.registry.host, name);
    const log = path.join(logs, `${name}.log`);
    const options = twoImageOptions(repo.dir, name, { 'smoke-timeout': '180' });
    const first = await releaseCli(options, { PREBUILD_LOG: log }, new RegExp(`^image \\(1 of 2\\) ${world.registry.host.replace(/\./g, '\\.')}/acme/${name}-server: the candidate sha256:[0-9a-f]{64} is built`, 'm'));
    expect(first.signal, first.stderr).toBe('SIGKILL');
    expect(prebuildLines(log).map((l) => l.split(' ')[0])).toEqual(['server']);
    // The kill left the version edits in the work tree (nothing could put them back).
    expect(repo.git(['status', '--porcelain'])).not.toBe('');
    expect(await tagsOf(`acme/${name}-server`)).toEqual([]);

    const started = performance.now();
    const second = await releaseCli(options, { PREBUILD_LOG: log });
    figures['resumed after a kill between the image builds'] = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/put back the version edits a stopped release of v0\.5\.0 left in \d+ files/);
    expect(second.stderr).toMatch(new RegExp(`acme/${name}-server \\(1 of 2\\): the candidate sha256:[0-9a-f]{64} an earlier run of this release built, pushed and started is in .*; not built again`));
    // The server's pre-build ran once (first run), the plugin's once (second run).
    expect(prebuildLines(log).map((l) => l.split(' ')[0])).toEqual(['server', 'plugin']);
    for (const image of ['server', 'plugin']) expect(await tagsOf(`acme/${name}-${image}`)).toEqual(['0.5', '0.5.0', 'latest']);
    const tag = remoteTags(repo.remote).get('v0.5.0')!;
    expect(tag.annotated).toBe(true);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(tag.commit);
    expect(repo.git(['status', '--porcelain'])).toBe('');
    // The same end as an uninterrupted run: each image names the release commit.
    for (const image of ['server', 'plugin']) {
      const digest = (await repository(`acme/${name}-${image}`).resolve('0.5.0')).digest;
      const index = JSON.parse(Buffer.from((await repository(`acme/${name}-${image}`).fetchManifest(digest)).bytes).toString('utf8')) as { annotations: Record<string, string> };
      expect(index.annotations['org.opencontainers.image.revision']).toBe(tag.commit);
    }
  }, 1_800_000);

  test('one image that does not start publishes nothing of either image, and the work tree is put back', async () => {
    const name = 'broken-two';
    const repo = twoImageRepo(world.registry.host, name, BROKEN_PLUGIN);
    const before = { files: workTree(repo.dir), remote: repo.git(['ls-remote', repo.remote]), releases: world.github.releases.length };
    const run = await releaseInProcess(twoImageOptions(repo.dir, name));
    expect(run.error).toMatch(new RegExp(`^platform linux/amd64: ${world.registry.host.replace(/\./g, '\\.')}/acme/${name}-plugin@sha256:[0-9a-f]{64} does not start: the container exited with code 3; last log lines: plugin: no configuration$`));
    expect(steps(run.result)).toEqual(['preflight:done', 'version:done', 'npm-pack:skipped', 'image:failed', 'chart:not-run', 'smoke:not-run', 'npm:not-run', 'publish:not-run', 'git:not-run', 'github-release:not-run', 'dispatch:not-run']);
    for (const image of ['server', 'plugin']) expect(await tagsOf(`acme/${name}-${image}`)).toEqual([]);
    expect(await tagsOf(`${name}/demo-mcp`)).toEqual([]);
    expect(repo.git(['ls-remote', repo.remote])).toBe(before.remote);
    expect(world.github.releases).toHaveLength(before.releases);
    expect(workTree(repo.dir)).toEqual(before.files);
    expect(repo.git(['status', '--porcelain'])).toBe('');
    expect(run.reporter.text()).toContain('info: the release stopped at image: the work tree is put back as it was; run the same release again (input set 0.5.0) to finish it: what is done is left alone');
  }, 1_200_000);

  test("an image's version published by someone else while the release runs: no tag of any image moves", async () => {
    const name = 'raced-two';
    const repo = twoImageRepo(world.registry.host, name);
    let foreign = '';
    const run = await releaseInProcess(twoImageOptions(repo.dir, name), async (step) => {
      if (step === 'publish') foreign = await pushForeign(`acme/${name}-plugin`, '0.5.0');
    });
    expect(run.error).toMatch(new RegExp(`^${world.registry.host.replace(/\./g, '\\.')}/acme/${name}-plugin:0\\.5\\.0 was published meanwhile \\(${foreign}\\), not by this release \\(sha256:[0-9a-f]{64}\\); no tag of any image was moved: release another version$`));
    expect(await tagsOf(`acme/${name}-server`)).toEqual([]);
    expect(await tagsOf(`acme/${name}-plugin`)).toEqual(['0.5.0']);
    expect(await tagsOf(`${name}/demo-mcp`)).toEqual([]);
    expect(remoteTags(repo.remote).has('v0.5.0')).toBe(false);
  }, 1_200_000);
});

/** A small artifact pushed as `repository:tag`: a version someone else published. */
async function pushForeign(name: string, tag: string): Promise<string> {
  const config = new TextEncoder().encode('{"architecture":"amd64","os":"linux","config":{}}');
  const layer = new TextEncoder().encode('not this release');
  const blobs: ArtifactBlob[] = [
    { descriptor: describeBytes(MEDIA_TYPE.ociImageConfig, config), content: config },
    { descriptor: describeBytes(MEDIA_TYPE.ociLayerTarGzip, layer), content: layer },
  ];
  const manifest = buildImageManifest({ config: blobs[0]!.descriptor, layers: [blobs[1]!.descriptor] });
  return (await pushArtifact(repository(name), { blobs, manifest: manifest.bytes, mediaType: manifest.mediaType, tag })).digest;
}

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** `dot-ai-release release` from dist/, the password on stdin; SIGKILLed the moment `killAt` matches its log. */
function releaseCli(options: Options, env: NodeJS.ProcessEnv, killAt?: RegExp): Promise<CliRun> {
  const flags = Object.entries(options).flatMap(([flag, value]) => {
    if (value === undefined || flag === 'password' || flag === 'github-token') return [];
    if (value === true) return [`--${flag}`];
    if (value === false) return [`--no-${flag}`];
    return [`--${flag}`, value];
  });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'release', ...flags, '--password-stdin'], {
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_'))), GITHUB_TOKEN: String(options['github-token']), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    if (child.pid) killedPids.push(child.pid);
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
      if (killAt?.test(stderr) && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
    child.stdin.end(String(options.password));
  });
}
