/**
 * What the release refuses, for real, and that a refusal changes nothing anywhere: the working
 * tree, the registry, the npm registry, the git remote, GitHub. A version published from something
 * else (an image tag, an npm version with other content, a git tag, a GitHub release with other
 * assets) is refused before anything is built; a token that may not write (the registry's, npm's,
 * GitHub's) is named with the line that fixes it; a smoke failure publishes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as releaseCommand } from '../../src/commands/release.js';
import { parseNpmJob } from '../../src/npm/job.js';
import { runNpmPublish } from '../../src/npm/pipeline.js';
import { buildImageManifest, describeBytes, MEDIA_TYPE, pushArtifact, RegistryClient, type ArtifactBlob } from '../../src/oci/index.js';
import { CapturingReporter, runInProcess } from '../helpers/capture.js';
import { removeTempRepos } from '../helpers/repo.js';
import { startRegistry } from '../helpers/registry.js';
import { releaseRepo, removeReleaseRepos, renamePackage, workTree, type ReleaseRepo } from './helpers.js';
import { CREDENTIALS, releaseOptions, startReleaseWorld, type ReleaseWorld } from './setup-helpers.js';

let world: ReleaseWorld;

beforeAll(async () => {
  world = await startReleaseWorld();
}, 600_000);

afterAll(async () => {
  await world?.stop();
  removeReleaseRepos();
  removeTempRepos();
});

function client(repository: string) {
  return new RegistryClient({ registry: world.registry.host, credentials: CREDENTIALS }).repository(repository);
}

async function tagsOf(repository: string): Promise<string[]> {
  return (await client(repository).listTags().catch(() => [])).sort();
}

/** Everything a release could change, to compare before and after. */
async function state(repo: ReleaseRepo, image: string) {
  const npm = await world.npm.verdaccio.packument((JSON.parse(readFileSync(path.join(repo.dir, 'package.json'), 'utf8')) as { name: string }).name);
  return {
    npm: npm && { versions: Object.keys(npm.versions as object), distTags: npm['dist-tags'], modified: (npm.time as Record<string, string> | undefined)?.modified },
    files: workTree(repo.dir),
    head: repo.git(['rev-parse', 'HEAD']),
    status: repo.git(['status', '--porcelain']),
    remote: repo.git(['ls-remote', repo.remote]),
    imageTags: await tagsOf(image),
    chartTags: await tagsOf(image.replace(/^acme\//, 'charts/').replace(/demo-mcp.*/, 'demo-mcp')),
    releases: JSON.stringify(world.github.releases),
  };
}

/** A small artifact pushed as `repository:tag`: a "version someone else published". */
async function pushForeign(repository: string, tag: string): Promise<string> {
  const config = new TextEncoder().encode('{"architecture":"amd64","os":"linux","config":{}}');
  const layer = new TextEncoder().encode('not this release');
  const blobs: ArtifactBlob[] = [
    { descriptor: describeBytes(MEDIA_TYPE.ociImageConfig, config), content: config },
    { descriptor: describeBytes(MEDIA_TYPE.ociLayerTarGzip, layer), content: layer },
  ];
  const manifest = buildImageManifest({ config: blobs[0]!.descriptor, layers: [blobs[1]!.descriptor] });
  return (await pushArtifact(client(repository), { blobs, manifest: manifest.bytes, mediaType: manifest.mediaType, tag })).digest;
}

describe('conflicts are refused, and nothing changes', () => {
  test('the version tag already on another digest (published from something else)', async () => {
    const repo = releaseRepo();
    const image = 'acme/conflict-tag';
    const foreign = await pushForeign(image, '0.5.0');
    const before = await state(repo, image);
    const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: `${world.registry.host}/${image}` }));
    expect(run.error).toMatch(new RegExp(`^v0\\.5\\.0 conflicts with what exists already; nothing was changed: ${world.registry.host.replace(/\./g, '\\.')}/acme/conflict-tag:0\\.5\\.0 is already published \\(${foreign}\\) from an unknown commit, not from this release's commit [0-9a-f]{12}: a published version is immutable; release another version$`));
    expect(await state(repo, image)).toEqual(before);
    expect((await client(image).resolve('0.5.0')).digest).toBe(foreign);
    // Nothing was built: the conflict is found before the image step.
    expect(run.spawned.filter((a) => a[0] === 'buildah')).toEqual([]);
  }, 300_000);

  test('the git tag already on another commit', async () => {
    const repo = releaseRepo();
    const image = 'acme/conflict-git';
    repo.git(['tag', '--annotate', '--message', 'someone else', 'v0.5.0']);
    repo.git(['push', '--quiet', 'origin', 'v0.5.0']);
    repo.git(['tag', '--delete', 'v0.5.0']);
    const before = await state(repo, image);
    const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: `${world.registry.host}/${image}` }));
    expect(run.error).toMatch(/^v0\.5\.0 conflicts with what exists already; nothing was changed: the git tag v0\.5\.0 on origin points at [0-9a-f]{12}, not at this release's commit [0-9a-f]{12} \(the version changes on [0-9a-f]{12}\): release another version, or delete that tag if it was never published \(git push origin :refs\/tags\/v0\.5\.0\)$/);
    expect(await state(repo, image)).toEqual(before);
    expect(run.spawned.filter((a) => a[0] === 'buildah')).toEqual([]);
  }, 300_000);

  test('a GitHub release of the version with other assets', async () => {
    const repo = releaseRepo();
    const image = 'acme/conflict-release';
    world.github.releases.push({ id: 9001, tag_name: 'v0.5.0', name: 'v0.5.0', body: 'by hand', draft: false, prerelease: false, target_commitish: 'main', assets: [{ id: 9002, name: 'other.zip', size: 3, state: 'uploaded', digest: 'sha256:00', content_type: 'application/zip', bytes: Buffer.from('abc') }] });
    try {
      const before = await state(repo, image);
      const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: `${world.registry.host}/${image}` }));
      expect(run.error).toMatch(/^v0\.5\.0 conflicts with what exists already; nothing was changed: the GitHub release v0\.5\.0 exists with other assets \(other\.zip is not this release's, demo-mcp-0\.5\.0\.tgz is missing\): delete that release \(the git tag stays\) or release another version$/);
      expect(await state(repo, image)).toEqual(before);
    } finally {
      world.github.releases = world.github.releases.filter((r) => r.id !== 9001);
    }
  }, 300_000);

  test('the npm version already on the registry with other content: refused before anything is built or published, the work tree put back', async () => {
    const repo = releaseRepo();
    const image = 'acme/conflict-npm';
    renamePackage(repo, '@acme/conflict-npm');
    // Someone published @acme/conflict-npm@0.5.0 from other content (the npm steps, straight to verdaccio).
    const other = mkdtempSync(path.join(tmpdir(), 'other-package-'));
    try {
      writeFileSync(path.join(other, 'package.json'), JSON.stringify({ name: '@acme/conflict-npm', version: '0.5.0', license: 'MIT' }));
      writeFileSync(path.join(other, 'index.js'), 'module.exports = "not this release";\n');
      const published = await runNpmPublish(parseNpmJob(other, undefined, { registry: world.npm.verdaccio.url, token: world.npm.token, provenance: false }, { ...process.env, GITHUB_ACTIONS: '' }), new CapturingReporter());
      expect(published.run.failure).toBeUndefined();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
    const theirs = ((await world.npm.verdaccio.packument('@acme/conflict-npm'))?.versions as Record<string, { dist: { integrity: string } }>)['0.5.0']!.dist.integrity;
    const before = await state(repo, image);
    const npmRequests = world.npm.proxy.received.length;
    const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: `${world.registry.host}/${image}`, 'chart-registry': `oci://${world.registry.host}/conflict-npm` }));
    expect(run.error).toBe(`@acme/conflict-npm@0.5.0 is already published at ${world.npm.url} with other content (${theirs}, this release's tarball is ${(run.result?.json as { npm?: { integrity: string } } | undefined)?.npm?.integrity}); a published npm version is immutable: nothing was changed, release another version`);
    const steps = (run.result!.json as { steps: { name: string; status: string }[] }).steps;
    expect(steps.map((s) => `${s.name}:${s.status}`)).toEqual(['preflight:done', 'version:done', 'npm-pack:failed', 'image:not-run', 'chart:not-run', 'smoke:not-run', 'npm:not-run', 'publish:not-run', 'git:not-run', 'github-release:not-run', 'dispatch:not-run']);
    expect(await state(repo, image)).toEqual(before);
    expect(await tagsOf('conflict-npm/demo-mcp')).toEqual([]);
    expect(world.npm.writes(npmRequests)).toEqual([]);
    expect(run.spawned.filter((a) => a[0] === 'buildah' || a[0] === 'helm')).toEqual([]);
  }, 300_000);
});

describe('permissions are checked before anything is built, changing nothing', () => {
  test('no npm token: refused in preflight naming NODE_AUTH_TOKEN and the input', async () => {
    const repo = releaseRepo();
    const image = 'acme/no-npm-token';
    renamePackage(repo, '@acme/no-npm-token');
    const before = await state(repo, image);
    const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: `${world.registry.host}/${image}`, 'npm-token': undefined }));
    expect(run.error).toBe(`npm: no token to publish @acme/no-npm-token to ${world.npm.url}: set NODE_AUTH_TOKEN (or input npm-token) (on GitHub: \`env: NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\`, a token with write access to @acme/no-npm-token)`);
    expect((run.result!.json as { steps: { name: string; status: string }[] }).steps[0]).toMatchObject({ name: 'preflight', status: 'failed' });
    expect(await state(repo, image)).toEqual(before);
    expect(run.spawned.filter((a) => a[0] === 'buildah' || a[0] === 'npm')).toEqual([]);
  }, 300_000);

  test('an npm token the registry does not accept: refused in preflight naming the input, the token nowhere', async () => {
    const repo = releaseRepo();
    const image = 'acme/wrong-npm-token';
    renamePackage(repo, '@acme/wrong-npm-token');
    const wrong = 'npm_Wr0ngToken-0123456789abcdef';
    const before = await state(repo, image);
    const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: `${world.registry.host}/${image}`, 'npm-token': wrong }));
    expect(run.error).toBe(`npm whoami at ${world.npm.url}: the registry does not accept the token in input npm-token (ENEEDAUTH); set it to a token that registry issued, with write access to @acme/wrong-npm-token (on npmjs: a granular access token with "Read and write" on the package or its scope)`);
    expect(await state(repo, image)).toEqual(before);
    expect(run.spawned.filter((a) => a[0] === 'buildah')).toEqual([]);
    for (const text of [run.error!, run.reporter.text(), JSON.stringify(run.spawned), run.result?.summary ?? '']) expect(text).not.toContain(wrong);
    expect(run.reporter.secrets).toContain(wrong);
  }, 300_000);

  test('a GitHub token without contents: write is named with the permissions line', async () => {
    const repo = releaseRepo();
    const image = 'acme/read-only';
    world.github.readOnly = true;
    try {
      const before = await state(repo, image);
      const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: `${world.registry.host}/${image}` }));
      expect(run.error).toBe('the token may not create releases in acme/demo (HTTP 403); add `permissions: contents: write` to the job (it also lets the job push the release commit and tag)');
      expect(await state(repo, image)).toEqual(before);
      expect(run.spawned.filter((a) => a[0] === 'buildah')).toEqual([]);
    } finally {
      world.github.readOnly = false;
    }
  }, 300_000);

  test('a registry that refuses the push is named before the build', async () => {
    // Token auth as GHCR does it: anyone may pull, only the known user may push.
    const registry = await startRegistry({ tokenAuth: CREDENTIALS });
    try {
      const repo = releaseRepo();
      const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: `${registry.host}/acme/denied`, 'chart-registry': `oci://${registry.host}/charts`, username: undefined, password: undefined }));
      expect(run.error).toMatch(/^image: check that the token may push to 127\.0\.0\.1:\d+\/acme\/denied: registry 127\.0\.0\.1:\d+ requires authentication and no credentials were given \(HTTP 401[^;]*; chart: check that the token may push to 127\.0\.0\.1:\d+\/charts\/demo-mcp: .*HTTP 401/);
      expect(run.spawned.filter((a) => a[0] === 'buildah')).toEqual([]);
      expect(repo.git(['status', '--porcelain'])).toBe('');
    } finally {
      await registry.stop();
    }
  }, 300_000);

  test('credentials the registry rejects are named before the build', async () => {
    const repo = releaseRepo();
    const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, { image: `${world.registry.host}/acme/denied`, password: 'wrong-password' }));
    expect(run.error).toMatch(/registry 127\.0\.0\.1:\d+ rejected the credentials of user "releaser"/);
    expect(run.error).not.toContain('wrong-password');
    expect(run.spawned.filter((a) => a[0] === 'buildah')).toEqual([]);
  }, 300_000);
});

describe('bad input: one line, nothing runs', () => {
  test.each([
    [{ phase: 'later' }, 'input phase: "later" is not one of all, candidate, publish'],
    [{ set: '1.2' }, 'input set: "1.2" is not a valid SemVer version (expected MAJOR.MINOR.PATCH[-PRERELEASE], e.g. 1.2.3 or 1.3.0-rc.1)'],
    [{ builder: 'docker' }, 'input builder: the docker builder cannot push an image without a tag, and a release publishes nothing before every gate passed; use buildx (docker/setup-buildx-action) or buildah'],
    [{ 'candidate-image': 'x' }, 'input candidate-image: only with phase publish'],
    [{ phase: 'publish' }, "input candidate-image: required with phase publish (the candidate job's image-ref output)"],
    [{ 'github-release': 'maybe' }, 'input github-release: "maybe" is not one of create, print, skip'],
    [{ 'smoke-methods': 'none' }, 'input smoke-methods: a release with an image is smoke-tested; leave smoke-methods empty for every method this repository documents'],
    [{ 'release-notes': '../NOTES.md' }, 'input release-notes: "../NOTES.md" leaves the repository ("..")'],
    [{ npm: 'maybe' }, 'input npm: "maybe" is not true or false (empty: when package.json is publishable)'],
    [{ 'candidate-npm': 'x.tgz' }, 'input candidate-npm: only with phase publish'],
    [{ 'npm-registry': 'http://npm.example.com/' }, 'input npm-registry: http://npm.example.com would carry the token unencrypted; use https://'],
  ])('%o', async (extra, message) => {
    const repo = releaseRepo();
    const files = workTree(repo.dir);
    const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir, extra));
    expect(run.error).toBe(message);
    expect(run.result).toBeUndefined();
    expect(workTree(repo.dir)).toEqual(files);
  });

  test('a working tree with changes is refused by preflight', async () => {
    const repo = releaseRepo();
    repo.git(['rm', '--quiet', '--cached', 'README.md']);
    const run = await runInProcess(releaseCommand, releaseOptions(world, repo.dir));
    expect(run.error).toBe('the working tree has changes (D  README.md, ?? README.md): commit or stash them first; the release commits exactly the version changes and builds what is committed');
  });
});
