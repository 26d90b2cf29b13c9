/**
 * Fault injection at every step boundary, for REAL: the release runs as users run it (the bundled
 * CLI, dist/cli.js, in a process of its own) and is killed with SIGKILL (no clean-up, no summary)
 * right after step N reported; the next run, from a runner's fresh checkout of main, must carry on.
 * The runs form one chain (killed after preflight, then after version, ..., then after the GitHub
 * release, then once more to the end), so each boundary is crossed by a run that starts from
 * what the kill before it left. The end state must equal an uninterrupted release: the same tags
 * on one digest, one annotated git tag on the release commit, one GitHub release with its asset;
 * and a last run finds everything done.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Options } from '../../src/config/options.js';
import { RegistryClient } from '../../src/oci/index.js';
import { exec } from '../../src/tools/exec.js';
import { removeTempRepos, ROOT } from '../helpers/repo.js';
import { releaseRepo, remoteTags, removeReleaseRepos, renamePackage } from './helpers.js';
import { CREDENTIALS, releaseOptions, startReleaseWorld, type ReleaseWorld } from './setup-helpers.js';

let world: ReleaseWorld;
const figures: Record<string, string> = {};
const STEPS = ['preflight', 'version', 'npm-pack', 'image', 'chart', 'smoke', 'npm', 'publish', 'git', 'github-release'];
/** Killed runs clean nothing up: what they left in buildah's storage and the engine is removed here, their temp dirs (RUNNER_TEMP) with it. */
const killedPids: number[] = [];
const runnerTemp = mkdtempSync(path.join(tmpdir(), 'resume-runner-temp-'));

async function removeLeftovers(): Promise<void> {
  const lists = await exec('buildah', ['images', '--format', '{{.Name}}:{{.Tag}}']);
  for (const name of lists.stdout.split('\n').filter((n) => killedPids.some((pid) => n.startsWith(`localhost/dot-ai-release-${pid}-`)))) {
    await exec('buildah', ['manifest', 'rm', name]);
  }
  const images = await exec(process.env.DOCKER_BIN ?? 'docker', ['images', '--format', '{{.Repository}}@{{.Digest}}', `${world.registry.host}/*/*`]);
  for (const ref of images.stdout.split('\n').filter((r) => r.startsWith(`${world.registry.host}/`))) await exec(process.env.DOCKER_BIN ?? 'docker', ['image', 'rm', ref]);
}

beforeAll(async () => {
  world = await startReleaseWorld();
}, 600_000);

afterAll(async () => {
  if (world) await removeLeftovers();
  rmSync(runnerTemp, { recursive: true, force: true });
  await world?.stop();
  removeReleaseRepos();
  removeTempRepos();
  console.info(`release fault-injection figures: ${JSON.stringify(figures)}`);
});

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Step lines (`• name: status`), in order. */
  steps: string[];
}

/** Options as CLI flags; the password goes through stdin, the GitHub and npm tokens through the environment. */
function flags(options: Options): string[] {
  return Object.entries(options).flatMap(([name, value]) => {
    if (value === undefined || name === 'password' || name === 'github-token' || name === 'npm-token') return [];
    if (value === true) return [`--${name}`];
    if (value === false) return [`--no-${name}`];
    return [`--${name}`, value];
  });
}

/** Runs `dot-ai-release release` from dist/; with `killAfter`, SIGKILLs it the moment that step has reported. */
function release(options: Options, killAfter?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'release', ...flags(options), '--password-stdin'], {
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_'))), GITHUB_TOKEN: String(options['github-token']), NODE_AUTH_TOKEN: String(options['npm-token']), RUNNER_TEMP: runnerTemp },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    const steps: string[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString('utf8');
      // The release's own steps (the chart's gates report nested lines of their own).
      const found = [...err.matchAll(/^• ([\w-]+): (done|skipped|already done|failed)/gm)].map((m) => `${m[1]}: ${m[2]}`).filter((s) => STEPS.includes(s.split(':')[0]!));
      steps.splice(0, steps.length, ...found);
      if (killAfter && found.some((s) => s.startsWith(`${killAfter}: `)) && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    if (child.pid) killedPids.push(child.pid);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: err, steps }));
    child.stdin.end(String(options.password));
  });
}

describe('a release killed after any step ends complete when run again', () => {
  test('killed after each step in turn (SIGKILL), each run from a fresh checkout; the end state equals an uninterrupted release', async () => {
    const repo = releaseRepo();
    renamePackage(repo, '@acme/resumed');
    const image = 'acme/resumed';
    const base = repo.git(['rev-parse', 'HEAD']);
    const options = (dir: string) => releaseOptions(world, dir, { image: `${world.registry.host}/${image}`, 'chart-registry': `oci://${world.registry.host}/resumed`, 'smoke-timeout': '180' });
    const registry = new RegistryClient({ registry: world.registry.host, credentials: CREDENTIALS });
    const releasesBefore = world.github.releases.length;

    for (const step of STEPS) {
      const started = performance.now();
      const run = await release(options(repo.clone()), step);
      figures[`killed after ${step}`] = `${((performance.now() - started) / 1000).toFixed(1)} s`;
      expect(run.steps.at(-1), `${step}\n${run.stderr}`).toMatch(new RegExp(`^${step}: (done|already done)$`));
      // Killed, unless the last step had finished the release before the signal landed.
      if (step !== 'github-release') expect(run.signal, run.stderr).toBe('SIGKILL');
    }
    const final = await release(options(repo.clone()));
    expect(final.code, final.stderr).toBe(0);
    // Its checkout is at the release commit: the version moves no more.
    expect(final.stderr).toContain('release v0.5.0 (0.5.0, from its release commit)');
    // Everything was done already: only looks at the world.
    expect(final.steps).toEqual(['preflight: done', 'version: already done', 'npm-pack: already done', 'image: already done', 'chart: already done', 'smoke: already done', 'npm: already done', 'publish: already done', 'git: already done', 'github-release: already done']);

    // The end state of an uninterrupted release.
    const digest = (await registry.repository(image).resolve('0.5.0')).digest;
    expect((await registry.repository(image).listTags()).sort()).toEqual(['0.5', '0.5.0', 'latest']);
    for (const tag of ['0.5', 'latest']) expect((await registry.repository(image).resolve(tag)).digest).toBe(digest);
    expect(await registry.repository('resumed/demo-mcp').listTags()).toEqual(['0.5.0']);
    const tags = remoteTags(repo.remote);
    expect([...tags.keys()]).toEqual(['v0.5.0']);
    const commit = tags.get('v0.5.0')!;
    expect(commit.annotated).toBe(true);
    expect(repo.git(['rev-parse', 'main'], repo.remote)).toBe(commit.commit);
    expect(repo.git(['rev-parse', `${commit.commit}^`], repo.remote)).toBe(base);
    const index = JSON.parse(Buffer.from((await registry.repository(image).fetchManifest(digest)).bytes).toString('utf8')) as { annotations: Record<string, string> };
    expect(index.annotations['org.opencontainers.image.revision']).toBe(commit.commit);
    const ours = world.github.releases.slice(releasesBefore);
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ tag_name: 'v0.5.0', draft: false, target_commitish: commit.commit });
    expect(ours[0]!.assets.map((a) => `${a.name} ${a.state}`)).toEqual(['demo-mcp-0.5.0.tgz uploaded']);
    const layer = (JSON.parse(Buffer.from((await registry.repository('resumed/demo-mcp').fetchManifest('0.5.0')).bytes).toString('utf8')) as { layers: { digest: string }[] }).layers[0]!;
    expect(ours[0]!.assets[0]!.digest).toBe(layer.digest);
    // The npm package: published once, under latest; every run's pack made the same tarball.
    const packument = await world.npm.verdaccio.packument('@acme/resumed');
    expect(Object.keys(packument?.versions as object)).toEqual(['0.5.0']);
    expect(packument?.['dist-tags']).toEqual({ latest: '0.5.0' });
    expect(world.npm.writes().filter((w) => w.includes('resumed'))).toEqual(['PUT /@acme%2fresumed']);
  }, 1_800_000);
});
