/**
 * The release's npm steps for REAL, on releases of the npm package alone (no image, no chart, so
 * no build): a real verdaccio with auth behind a recording proxy, a real bare git remote, the npm
 * CLI packing and publishing, the fake GitHub. A prerelease gets its preid's dist-tag and leaves
 * latest alone; a dry run packs and looks, writing nothing; phase candidate hands the tarball over
 * and phase publish publishes exactly it; every run removes what it made in the run's temp dir.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as releaseCommand } from '../../src/commands/release.js';
import type { Options } from '../../src/config/options.js';
import { readTarball } from '../../src/npm/tarball.js';
import { runInProcess } from '../helpers/capture.js';
import { removeTempRepos } from '../helpers/repo.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github-helpers.js';
import { releaseRepo, remoteTags, removeReleaseRepos, renamePackage, type ReleaseRepo } from './helpers.js';
import { startNpmRegistry, stopNpmRegistry, type ReleaseNpmRegistry } from './setup-helpers.js';

let npm: ReleaseNpmRegistry;
let github: FakeGitHub;
/** The runs' temp dir (RUNNER_TEMP): what a run made there must be gone when it ends. */
const runnerTemp = mkdtempSync(path.join(tmpdir(), 'release-npm-runner-temp-'));
const previousRunnerTemp = process.env.RUNNER_TEMP;

beforeAll(async () => {
  process.env.RUNNER_TEMP = runnerTemp;
  npm = await startNpmRegistry();
  github = await startFakeGitHub();
}, 120_000);

afterAll(async () => {
  if (previousRunnerTemp === undefined) delete process.env.RUNNER_TEMP;
  else process.env.RUNNER_TEMP = previousRunnerTemp;
  await stopNpmRegistry(npm);
  await github?.stop();
  rmSync(runnerTemp, { recursive: true, force: true });
  removeReleaseRepos();
  removeTempRepos();
});

/** A release of the npm package alone: no image, no chart, nothing to deploy. */
function options(dir: string, extra: Options = {}): Options {
  return {
    'working-directory': dir, set: '0.5.0', image: 'false', chart: 'false', 'smoke-methods': 'none',
    'npm-registry': npm.url, 'npm-token': npm.token,
    'github-token': github.token, 'github-api-url': github.url, repository: `${github.owner}/${github.repo}`,
    ...extra,
  };
}

function npmRepo(name: string): ReleaseRepo {
  const repo = releaseRepo();
  renamePackage(repo, name);
  return repo;
}

function steps(run: Awaited<ReturnType<typeof runInProcess>>): string[] {
  return (run.result!.json as { steps: { name: string; status: string }[] }).steps.map((s) => `${s.name}:${s.status}`);
}

async function packument(name: string): Promise<{ versions: Record<string, { dist: { integrity: string } }>; distTags: Record<string, string> } | undefined> {
  const doc = await npm.verdaccio.packument(name);
  return doc && { versions: doc.versions as Record<string, { dist: { integrity: string } }>, distTags: doc['dist-tags'] as Record<string, string> };
}

describe('the npm package in a release, for real', () => {
  test('a stable release goes to latest; a prerelease gets its preid (rc) and leaves latest on the stable version', async () => {
    const repo = npmRepo('@acme/channels');
    const stable = await runInProcess(releaseCommand, options(repo.dir));
    expect(stable.error, stable.reporter.text()).toBeUndefined();
    expect(steps(stable)).toEqual(['preflight:done', 'version:done', 'npm-pack:done', 'image:skipped', 'chart:skipped', 'smoke:skipped', 'npm:done', 'publish:skipped', 'git:done', 'github-release:done', 'dispatch:skipped']);
    expect(stable.result!.outputs).toMatchObject({ 'npm-package': '@acme/channels@0.5.0', 'npm-dist-tag': 'latest' });
    expect(readdirSync(runnerTemp)).toEqual([]);

    const before = npm.proxy.received.length;
    const rc = await runInProcess(releaseCommand, options(repo.dir, { set: '0.6.0-rc.1' }));
    expect(rc.error, rc.reporter.text()).toBeUndefined();
    expect(steps(rc)).toContain('npm:done');
    expect(rc.reporter.text()).toContain('0.6.0-rc.1 is a prerelease: tag rc, never latest');
    const doc = await packument('@acme/channels');
    expect(doc?.distTags).toEqual({ latest: '0.5.0', rc: '0.6.0-rc.1' });
    expect(rc.result!.outputs).toMatchObject({ 'npm-package': '@acme/channels@0.6.0-rc.1', 'npm-integrity': doc?.versions['0.6.0-rc.1']?.dist.integrity, 'npm-dist-tag': 'rc' });
    expect(npm.writes(before)).toEqual(['PUT /@acme%2fchannels']);
    // The GitHub release of the prerelease is marked so, and lists the package under its tag.
    const release = github.releases.find((r) => r.tag_name === 'v0.6.0-rc.1');
    expect(release).toMatchObject({ prerelease: true, make_latest: 'false' });
    expect(release!.body).toContain(`- npm package: \`@acme/channels@0.6.0-rc.1\`, integrity \`${doc?.versions['0.6.0-rc.1']?.dist.integrity}\`, dist-tag \`rc\``);
    expect(remoteTags(repo.remote).get('v0.6.0-rc.1')?.annotated).toBe(true);
    expect(readdirSync(runnerTemp)).toEqual([]);
  }, 300_000);

  test('a dry run packs and looks: nothing is written to the registry, the remote or GitHub; no token is needed', async () => {
    const repo = npmRepo('@acme/dry');
    const remote = repo.git(['ls-remote', repo.remote]);
    const before = npm.proxy.received.length;
    const githubWrites = github.requests.filter((r) => r.method !== 'GET').length;
    const run = await runInProcess(releaseCommand, options(repo.dir, { 'dry-run': true, 'npm-token': undefined }));
    expect(run.error, run.reporter.text()).toBeUndefined();
    expect(steps(run)).toEqual(['preflight:done', 'version:done', 'npm-pack:done', 'image:skipped', 'chart:skipped', 'smoke:skipped', 'npm:skipped', 'publish:skipped', 'git:skipped', 'github-release:skipped', 'dispatch:skipped']);
    expect(run.reporter.text()).toContain(`npm: skipped, dry run: @acme/dry@0.5.0 would be published to ${npm.url} under dist-tag latest`);
    expect(run.reporter.text()).toContain('npm: dry run without a token (NODE_AUTH_TOKEN or input npm-token): whether it may publish @acme/dry is not checked');
    expect(npm.writes(before)).toEqual([]);
    expect(npm.proxy.received.length).toBeGreaterThan(before); // it looked
    expect(await packument('@acme/dry')).toBeUndefined();
    expect(repo.git(['ls-remote', repo.remote])).toBe(remote);
    expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(githubWrites);
    expect(run.result!.outputs).toMatchObject({ 'npm-package': '', 'npm-integrity': '', 'npm-dist-tag': '' });
    expect(run.result!.summary).toMatch(/\| npm package \(packed, not published; dist-tag latest when published\) \| `@acme\/dry@0\.5\.0` \| `sha512-[^`]+` \|/);
    expect(run.spawned.filter((a) => a[0] === 'npm').map((a) => a[1])).toEqual(['pack']);
    expect(readdirSync(runnerTemp)).toEqual([]);
  }, 300_000);

  test('provenance without id-token: write is refused in preflight, beside the other missing permissions, before anything is written', async () => {
    const repo = npmRepo('@acme/provenance');
    const saved = { GITHUB_ACTIONS: process.env.GITHUB_ACTIONS, ACTIONS_ID_TOKEN_REQUEST_URL: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, GITHUB_REPOSITORY: process.env.GITHUB_REPOSITORY };
    // On GitHub Actions, in a job without `id-token: write` (no OIDC request URL), whose GITHUB_TOKEN may not write either.
    process.env.GITHUB_ACTIONS = 'true';
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete process.env.GITHUB_REPOSITORY;
    github.readOnly = true;
    try {
      const before = npm.proxy.received.length;
      const run = await runInProcess(releaseCommand, options(repo.dir, { set: '0.8.0', 'npm-provenance': true }));
      expect(run.error).toBe([
        `the token may not create releases in ${github.owner}/${github.repo} (HTTP 403); add \`permissions: contents: write\` to the job (it also lets the job push the release commit and tag)`,
        "npm --provenance needs GitHub's OIDC token, which this job may not request (ACTIONS_ID_TOKEN_REQUEST_URL is not set): give the job `permissions: id-token: write`, or turn provenance off (npm.provenance: false in dot-ai-release.yaml)",
        '@acme/provenance is a new scoped package: with provenance it must be published public; set npm.access: public in dot-ai-release.yaml (or publishConfig.access in package.json)',
      ].join('; '));
      expect(steps(run)[0]).toBe('preflight:failed');
      expect(npm.writes(before)).toEqual([]);
      expect(run.spawned.filter((a) => a[0] === 'npm')).toEqual([]);
      expect(repo.git(['status', '--porcelain'])).toBe('');
    } finally {
      github.readOnly = false;
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  }, 300_000);

  test('phase candidate hands the tarball over (npm-tarball), publishing nothing; phase publish publishes exactly those bytes', async () => {
    const repo = npmRepo('@acme/phased');
    const before = npm.proxy.received.length;
    const candidate = await runInProcess(releaseCommand, options(repo.clone(), { phase: 'candidate', set: '0.7.0' }));
    expect(candidate.error, candidate.reporter.text()).toBeUndefined();
    expect(steps(candidate)).toEqual(['preflight:done', 'version:done', 'npm-pack:done', 'image:skipped', 'chart:skipped', 'smoke:skipped', 'npm:skipped', 'publish:skipped', 'git:skipped', 'github-release:skipped', 'dispatch:skipped']);
    const handed = candidate.result!.outputs['npm-tarball']!;
    expect(handed).toMatch(new RegExp(`^${runnerTemp}/dot-ai-release-npm-tarball-[^/]+/acme-phased-0\\.7\\.0\\.tgz$`));
    expect(existsSync(handed)).toBe(true);
    expect(npm.writes(before)).toEqual([]);
    const tarball = await readTarball(handed);

    // The hand-over is checked: a tarball of another version is refused, naming the input.
    const refused = repo.clone();
    const wrong = await runInProcess(releaseCommand, options(refused, { phase: 'publish', set: '0.7.1', 'candidate-npm': handed }));
    expect(wrong.error).toBe('input candidate-npm: acme-phased-0.7.0.tgz holds @acme/phased@0.7.0, not @acme/phased@0.7.1');
    expect(repo.git(['status', '--porcelain'], refused)).toBe(''); // the version edits put back
    expect(npm.writes(before)).toEqual([]);

    const publish = await runInProcess(releaseCommand, options(repo.clone(), { phase: 'publish', set: '0.7.0', 'candidate-npm': handed }));
    expect(publish.error, publish.reporter.text()).toBeUndefined();
    expect(steps(publish)).toEqual(['preflight:done', 'version:done', 'npm-pack:done', 'image:skipped', 'chart:skipped', 'smoke:skipped', 'npm:done', 'publish:skipped', 'git:done', 'github-release:done', 'dispatch:skipped']);
    expect((await packument('@acme/phased'))?.versions['0.7.0']?.dist.integrity).toBe(tarball.integrity);
    expect(publish.result!.outputs).toMatchObject({ 'npm-package': '@acme/phased@0.7.0', 'npm-integrity': tarball.integrity, 'npm-tarball': '' });
    expect(npm.writes(before)).toEqual(['PUT /@acme%2fphased']);
    // The handed tarball is the workflow's artifact: the publish phase leaves it; only the candidate's directory is left in RUNNER_TEMP.
    expect(existsSync(handed)).toBe(true);
    expect(readdirSync(runnerTemp)).toEqual([path.basename(path.dirname(handed))]);
    rmSync(path.dirname(handed), { recursive: true, force: true });
  }, 300_000);
});
