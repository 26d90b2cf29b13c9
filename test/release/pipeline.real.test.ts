/**
 * The whole release for REAL: a real registry with auth, a real bare git remote, a real buildah
 * build (one platform, linux/amd64, to stay fast), each platform started until healthy, the real
 * `docker` smoke method on the exact candidate, the npm package packed and published to a real
 * verdaccio with auth, the GitHub API as the fake server answers it.
 * Then: a re-run of the finished release only reads; a smoke failure publishes nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as releaseCommand } from '../../src/commands/release.js';
import { RegistryClient } from '../../src/oci/index.js';
import { runInProcess } from '../helpers/capture.js';
import { removeTempRepos } from '../helpers/repo.js';
import { releaseRepo, remoteTags, removeReleaseRepos, renamePackage } from './helpers.js';
import { CREDENTIALS, releaseOptions, startReleaseWorld, type ReleaseWorld } from './setup-helpers.js';

let world: ReleaseWorld;
const figures: Record<string, string> = {};

beforeAll(async () => {
  world = await startReleaseWorld();
}, 600_000);

afterAll(async () => {
  await world?.stop();
  removeReleaseRepos();
  removeTempRepos();
  console.info(`release pipeline figures: ${JSON.stringify(figures)}`);
});

function repository(name: string) {
  return new RegistryClient({ registry: world.registry.host, credentials: CREDENTIALS }).repository(name);
}

describe('release, for real', () => {
  test('a whole release: candidate by digest, started, smoke-tested, then the npm package, tags, chart, git tag and GitHub release; a re-run only reads', async () => {
    const repo = releaseRepo();
    const npmRequests = world.npm.proxy.received.length;
    const started = performance.now();
    const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir));
    figures['first run'] = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    expect(run.error, run.reporter.text()).toBeUndefined();
    const outputs = run.result!.outputs;
    expect(outputs).toMatchObject({ version: '0.5.0', tag: 'v0.5.0' });
    const steps = (run.result!.json as { steps: { name: string; status: string }[] }).steps;
    expect(steps.map((s) => `${s.name}:${s.status}`)).toEqual(['preflight:done', 'version:done', 'npm-pack:done', 'image:done', 'chart:done', 'smoke:done', 'npm:done', 'publish:done', 'git:done', 'github-release:done', 'dispatch:skipped']);

    // The image: every tag on the one verified digest, built from the release commit.
    const image = repository('acme/demo-mcp');
    const digest = outputs['image-digest']!;
    expect(outputs['image-ref']).toBe(`${world.registry.host}/acme/demo-mcp@${digest}`);
    for (const tag of ['0.5.0', '0.5', 'latest']) expect((await image.resolve(tag)).digest).toBe(digest);
    expect((await image.listTags()).sort()).toEqual(['0.5', '0.5.0', 'latest']);
    const index = JSON.parse(Buffer.from((await image.fetchManifest(digest)).bytes).toString('utf8')) as { annotations: Record<string, string> };
    expect(index.annotations['org.opencontainers.image.revision']).toBe(outputs['release-commit']);
    expect(index.annotations['org.opencontainers.image.version']).toBe('0.5.0');

    // The chart, by version.
    const chart = repository('charts/demo-mcp');
    expect((await chart.resolve('0.5.0')).digest).toBe(outputs['chart-digest']);
    expect(outputs['chart-ref']).toBe(`oci://${world.registry.host}/charts/demo-mcp:0.5.0`);

    // The npm package: 0.5.0 under latest, the registry's integrity is the tarball's, one publish (a PUT) and nothing else written.
    const packument = await world.npm.verdaccio.packument('@acme/demo-mcp');
    const npmVersion = (packument?.versions as Record<string, { dist: { integrity: string }; gitHead?: string }>)['0.5.0'];
    expect(packument?.['dist-tags']).toEqual({ latest: '0.5.0' });
    expect(outputs).toMatchObject({ 'npm-package': '@acme/demo-mcp@0.5.0', 'npm-integrity': npmVersion?.dist.integrity, 'npm-dist-tag': 'latest', 'npm-tarball': '' });
    expect(world.npm.writes(npmRequests)).toEqual(['PUT /@acme%2fdemo-mcp']);
    expect(run.result!.summary).toContain(`| npm package (dist-tag latest) | \`@acme/demo-mcp@0.5.0\` | \`${npmVersion?.dist.integrity}\` |`);
    expect(run.result!.summary).toContain(`\`npm install @acme/demo-mcp@0.5.0 --registry ${world.npm.url}\``);

    // Git: the release commit on main, an annotated tag on it, both on the remote.
    const tags = remoteTags(repo.remote);
    expect(tags.get('v0.5.0')).toEqual({ commit: outputs['release-commit'], annotated: true });
    expect(repo.git(['rev-parse', 'main'], repo.remote)).toBe(outputs['release-commit']);
    expect(repo.git(['log', '-1', '--format=%s', 'main'], repo.remote)).toBe('release v0.5.0');
    expect(repo.git(['status', '--porcelain'])).toBe('');
    expect(readFileSync(path.join(repo.dir, 'package.json'), 'utf8')).toContain('"version": "0.5.0"');

    // GitHub: one published release, the chart attached (the registry's bytes), the references in its body.
    const [release] = world.github.releases;
    expect(world.github.releases).toHaveLength(1);
    expect(release).toMatchObject({ tag_name: 'v0.5.0', draft: false, prerelease: false, make_latest: 'true', target_commitish: outputs['release-commit'] });
    expect(release!.assets.map((a) => a.name)).toEqual(['demo-mcp-0.5.0.tgz']);
    const layer = (JSON.parse(Buffer.from((await chart.fetchManifest('0.5.0')).bytes).toString('utf8')) as { layers: { digest: string }[] }).layers[0]!;
    expect(release!.assets[0]!.digest).toBe(layer.digest);
    expect(release!.body).toContain("## What's Changed");
    expect(release!.body).toContain(digest);
    expect(release!.body).toContain(`helm install demo-mcp oci://${world.registry.host}/charts/demo-mcp --version 0.5.0`);
    expect(release!.body).toContain(`- npm package: \`@acme/demo-mcp@0.5.0\`, integrity \`${npmVersion?.dist.integrity}\`, dist-tag \`latest\``);
    expect(release!.body).toContain(`npm install @acme/demo-mcp@0.5.0 --registry ${world.npm.url}`);
    expect(outputs['release-url']).toBe('https://github.com/acme/demo/releases/tag/v0.5.0');

    // Secrets stayed out of every argument and every line, the summary and the outputs; npm got its token in its environment only.
    expect(JSON.stringify(run.spawned)).not.toContain(CREDENTIALS.password);
    expect(JSON.stringify(run.spawned)).not.toContain(world.github.token);
    expect(run.reporter.text()).not.toContain(world.github.token);
    for (const text of [JSON.stringify(run.spawned), run.reporter.text(), run.result!.summary, JSON.stringify(run.result!.outputs), JSON.stringify(run.result!.json), release!.body]) expect(text).not.toContain(world.npm.token);
    expect(run.reporter.secrets).toContain(world.npm.token);
    expect(run.spawned.filter((a) => a[0] === 'npm').map((a) => a[1])).toEqual(['whoami', 'pack', 'publish']);
    expect(run.result!.summary).toMatch(/\| publish \| done \| [\d.]+ s \|/);

    // A re-run of the finished release (as a runner's fresh checkout of main would do it) only reads.
    const requestsBefore = world.github.requests.length;
    const npmBefore = world.npm.proxy.received.length;
    const clone = repo.clone();
    const again = performance.now();
    const rerun = await runInProcess(releaseCommand, releaseOptions(world, clone));
    figures['re-run of the finished release'] = `${((performance.now() - again) / 1000).toFixed(1)} s`;
    expect(rerun.error, rerun.reporter.text()).toBeUndefined();
    expect((rerun.result!.json as { steps: { name: string; status: string }[] }).steps.map((s) => `${s.name}:${s.status}`)).toEqual([
      'preflight:done', 'version:already-done', 'npm-pack:already-done', 'image:already-done', 'chart:already-done', 'smoke:already-done', 'npm:already-done', 'publish:already-done', 'git:already-done', 'github-release:already-done', 'dispatch:skipped',
    ]);
    // npm: packed again (the same bytes, so the same integrity), looked at, nothing written; no registry command but the pack.
    expect(world.npm.writes(npmBefore)).toEqual([]);
    expect(world.npm.proxy.received.length).toBeGreaterThan(npmBefore);
    expect(rerun.spawned.filter((a) => a[0] === 'npm').map((a) => a[1])).toEqual(['pack']);
    expect(rerun.result!.outputs).toMatchObject({ 'npm-package': '@acme/demo-mcp@0.5.0', 'npm-integrity': outputs['npm-integrity'], 'npm-dist-tag': 'latest' });
    expect(world.github.requests.slice(requestsBefore).map((r) => r.method)).toEqual(expect.arrayContaining(['GET']));
    expect(world.github.requests.slice(requestsBefore).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(rerun.spawned.filter((a) => a[0] === 'buildah' || (a[0] === 'docker' && a[1] !== 'version'))).toEqual([]);
    expect(rerun.result!.outputs).toMatchObject({ 'image-digest': digest, 'chart-digest': outputs['chart-digest'], 'release-commit': outputs['release-commit'] });
  }, 1_200_000);

  test('a smoke failure publishes nothing: no npm package, no tag moved, no chart pushed, no git tag, no GitHub release', async () => {
    const repo = releaseRepo();
    renamePackage(repo, '@acme/smoke-fails');
    const npmRequests = world.npm.proxy.received.length;
    const image = 'acme/smoke-fails';
    const remoteBefore = repo.git(['ls-remote', repo.remote]);
    const releasesBefore = world.github.releases.length;
    // The server reports another version than the one released: the smoke probe's version tool call fails.
    const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: `${world.registry.host}/${image}`, 'build-args': `NODE_IMAGE=${world.base}\nVERSION=0.4.9`, 'chart-registry': `oci://${world.registry.host}/smoke-fails` }));
    expect(run.error).toMatch(/^smoke: docker: /);
    const steps = (run.result!.json as { steps: { name: string; status: string }[] }).steps;
    expect(steps.map((s) => `${s.name}:${s.status}`)).toEqual(['preflight:done', 'version:done', 'npm-pack:done', 'image:done', 'chart:done', 'smoke:failed', 'npm:not-run', 'publish:not-run', 'git:not-run', 'github-release:not-run', 'dispatch:not-run']);
    // The candidate is in the registry by digest, under no tag.
    const candidate = run.result!.outputs['image-digest']!;
    expect((await repository(image).resolve(candidate)).digest).toBe(candidate);
    expect(await repository(image).listTags().catch((e: { kind?: string }) => (e.kind === 'not-found' ? [] : Promise.reject(e)))).toEqual([]);
    await expect(repository('smoke-fails/demo-mcp').listTags()).rejects.toMatchObject({ kind: 'not-found' });
    expect(repo.git(['ls-remote', repo.remote])).toBe(remoteBefore);
    expect(world.github.releases).toHaveLength(releasesBefore);
    expect(run.result!.outputs['release-url']).toBe('');
    expect(await world.npm.verdaccio.packument('@acme/smoke-fails')).toBeUndefined();
    expect(world.npm.writes(npmRequests)).toEqual([]);
    expect(run.result!.outputs['npm-package']).toBe('');
    expect(run.result!.summary).toContain('npm package (packed, not published)');
    expect(run.result!.summary).toContain('failed at smoke');
  }, 1_200_000);
});
