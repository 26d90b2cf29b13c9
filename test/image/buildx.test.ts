/**
 * buildx at the argument level: the pure argument builder, and the command driving a stand-in `docker`
 * (DOCKER_BIN) that records its argv and answers `buildx version`, `buildx inspect` and `buildx build`
 * like the real one, for the builder choice's cases that a real machine cannot all show at once.
 * The real buildx with a real BuildKit builder: test/image/buildx-multiarch.real.test.ts.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run as imageCommand } from '../../src/commands/image.js';
import { buildxArgs, failedPlatforms, ghaCacheAvailable, type BuildxBuild } from '../../src/tools/buildx.js';
import { runInProcess } from '../helpers/capture.js';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';

afterAll(removeTempRepos);

const build: BuildxBuild = {
  platforms: ['linux/amd64', 'linux/arm64'],
  context: '/src',
  dockerfile: '/src/Dockerfile',
  buildArgs: [['NODE_IMAGE', 'node:24-slim']],
  labels: { 'org.opencontainers.image.version': '1.2.3' },
  annotations: { 'org.opencontainers.image.description': 'An MCP server' },
  tags: ['ghcr.io/acme/demo:1.2.3'],
  output: 'push',
  cache: true,
  cacheScope: 'ghcr.io/acme/demo',
  provenance: false,
  sbom: false,
  metadataFile: '/tmp/meta.json',
};
const runner = { ACTIONS_RUNTIME_TOKEN: 'tok', ACTIONS_RESULTS_URL: 'https://results.example/' };

describe('buildx arguments', () => {
  test('multi-platform push on a runner: one --platform list, labels, index annotations, gha cache, no attestations', () => {
    expect(buildxArgs(build, runner)).toEqual([
      'buildx', 'build', '--platform', 'linux/amd64,linux/arm64', '--file', '/src/Dockerfile',
      '--build-arg', 'NODE_IMAGE=node:24-slim',
      '--label', 'org.opencontainers.image.version=1.2.3',
      '--annotation', 'index:org.opencontainers.image.description=An MCP server',
      '--tag', 'ghcr.io/acme/demo:1.2.3',
      '--push', '--provenance=false', '--sbom=false',
      '--cache-from', 'type=gha,scope=ghcr.io/acme/demo', '--cache-to', 'type=gha,mode=max,scope=ghcr.io/acme/demo',
      '--metadata-file', '/tmp/meta.json', '/src',
    ]);
  });

  test('off a runner there is no gha cache; cache false is --no-cache', () => {
    expect(ghaCacheAvailable({})).toBe(false);
    expect(ghaCacheAvailable(runner)).toBe(true);
    expect(buildxArgs(build, {}).join(' ')).not.toContain('type=gha');
    const noCache = buildxArgs({ ...build, cache: false }, runner);
    expect(noCache).toContain('--no-cache');
    expect(noCache.join(' ')).not.toContain('type=gha');
  });

  test('provenance and sbom when asked; a lone platform annotates its manifest, unless attestations make it an index', () => {
    const single = { ...build, platforms: ['linux/amd64'] };
    expect(buildxArgs(single, {})).toContain('manifest:org.opencontainers.image.description=An MCP server');
    const attested = buildxArgs({ ...single, provenance: true, sbom: true }, {});
    expect(attested).toEqual(expect.arrayContaining(['--provenance=mode=max', '--sbom=true', 'index:org.opencontainers.image.description=An MCP server']));
  });

  test('load: --load, every tag, no annotations', () => {
    const args = buildxArgs({ ...build, platforms: ['linux/amd64'], output: 'load', tags: ['r/x:1.0.0', 'r/x:latest'] }, {});
    expect(args).toContain('--load');
    expect(args).not.toContain('--push');
    expect(args).not.toContain('--annotation');
    expect(args.filter((a, i) => args[i - 1] === '--tag')).toEqual(['r/x:1.0.0', 'r/x:latest']);
  });
});

test("a failed build's platform is read from BuildKit's error summary", () => {
  const stderr = [
    '#9 [linux/arm64 2/2] RUN [ "$(uname -m)" != aarch64 ]',
    '#9 ERROR: process "/bin/sh -c [ \\"$(uname -m)\\" != aarch64 ]" did not complete successfully: exit code: 1',
    '#8 [linux/amd64 2/2] RUN [ "$(uname -m)" != aarch64 ]',
    '#8 CANCELED',
    '------',
    ' > [linux/arm64 2/2] RUN [ "$(uname -m)" != aarch64 ]:',
    '------',
    'ERROR: failed to build: failed to solve: process "/bin/sh -c ..." did not complete successfully: exit code: 1',
  ].join('\n');
  expect(failedPlatforms(stderr, ['linux/amd64', 'linux/arm64'])).toEqual(['linux/arm64']);
  expect(failedPlatforms(' > [linux/arm/v7 builder 3/5] RUN make:\n > [linux/amd64 builder 3/5] RUN make:', ['linux/amd64', 'linux/arm/v7'])).toEqual(['linux/amd64', 'linux/arm/v7']);
  expect(failedPlatforms(' > [2/2] RUN false:', ['linux/amd64'])).toEqual([]);
});

test('dry run: neither --push nor --load (the result stays in the build cache)', () => {
  const args = buildxArgs({ ...build, output: 'none' }, {});
  expect(args).not.toContain('--push');
  expect(args).not.toContain('--load');
});

/** A stand-in for the docker CLI with the buildx plugin, in a fresh directory with a copy of the demo project. */
function fakeDocker(): { fake: string; log: string; repo: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-docker-'));
  const log = path.join(dir, 'argv.log');
  const fake = path.join(dir, 'docker');
  writeFileSync(fake, `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + '\\n');
if (args[0] === 'version') { console.log('28.2.2'); process.exit(0); }
if (args[0] === 'buildx' && args[1] === 'inspect') { console.log('Name: ' + (process.env.FAKE_DRIVER === 'docker' ? 'default' : 'builder-1') + '\\nDriver: ' + (process.env.FAKE_DRIVER || 'docker-container') + (process.env.FAKE_PLATFORMS ? '\\n\\nNodes:\\nName: builder-10\\nPlatforms: ' + process.env.FAKE_PLATFORMS : '')); process.exit(0); }
if (args[0] === 'info') { console.log('[["Backing Filesystem","extfs"]]'); process.exit(0); }
if (args[0] === 'buildx' && args[1] === 'version') { console.log('github.com/docker/buildx v0.29.1 (stand-in)'); process.exit(0); }
if (args[0] === 'buildx' && args[1] === 'build') {
  const meta = args[args.indexOf('--metadata-file') + 1];
  fs.writeFileSync(meta, JSON.stringify({ 'containerimage.digest': 'sha256:' + 'ab'.repeat(32) }));
  process.exit(0);
}
console.error('unexpected: docker ' + args.join(' ')); process.exit(1);
`);
  chmodSync(fake, 0o755);
  const repo = copyDemoProject();
  writeFileSync(path.join(repo, 'Dockerfile'), 'FROM scratch\n');
  return { fake, log, repo };
}

describe('image command with builder auto when buildx is present', () => {
  test('picks buildx, passes labels and build args, and loads every tag', async () => {
    const { fake, log, repo } = fakeDocker();
    const saved = process.env.DOCKER_BIN;
    process.env.DOCKER_BIN = fake;
    try {
      const run = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', platforms: 'linux/amd64', load: true, verify: 'false', 'build-args': 'A=1,B=two' });
      expect(run.error).toBeUndefined();
      expect(run.reporter.text()).toContain('with github.com/docker/buildx v0.29.1 (stand-in) (auto)');
      expect(run.reporter.text()).toContain('• verify: skipped, input verify is false');
      const calls = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]);
      const buildCall = calls.find((c) => c[1] === 'build')!;
      expect(buildCall).toEqual(expect.arrayContaining(['--load', '--build-arg', 'A=1', '--build-arg', 'B=two', '--tag', '127.0.0.1:1/acme/demo:0.4.2', '--tag', '127.0.0.1:1/acme/demo:0.4', '--tag', '127.0.0.1:1/acme/demo:latest']));
      expect(buildCall).toContain('--label');
      expect(buildCall).toContain('org.opencontainers.image.version=0.4.2');
      expect(buildCall).toContain('org.opencontainers.image.title=demo-mcp');
      expect(run.result!.outputs).toMatchObject({ digest: '', 'image-ref': '', platforms: 'linux/amd64' });

      // Several platforms, but the builder is buildx's default (docker driver): buildah if present, else a clear error.
      process.env.FAKE_DRIVER = 'docker';
      process.env.BUILDAH_BIN = '/nonexistent/buildah';
      const multi = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true });
      expect(multi.error).toBe('input platforms: linux/amd64, linux/arm64: the current buildx builder uses the docker driver, which builds one platform (docker/setup-buildx-action creates a docker-container builder that builds several), and buildah is not installed');
      const explicit = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true, builder: 'buildx' });
      expect(explicit.error).toMatch(/^input builder: the current buildx builder uses the docker driver/);
      delete process.env.BUILDAH_BIN;
      process.env.FAKE_DRIVER = 'docker-container';
      const dry = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true });
      expect(dry.error).toBeUndefined();
      expect(dry.reporter.text()).toContain('• push: skipped, dry run: built, nothing is pushed');
      const dryBuild = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]).filter((c) => c[1] === 'build').at(-1)!;
      expect(dryBuild).toEqual(expect.arrayContaining(['--platform', 'linux/amd64,linux/arm64']));
      expect(dryBuild).not.toContain('--push');
    } finally {
      delete process.env.FAKE_DRIVER;
      delete process.env.BUILDAH_BIN;
      if (saved === undefined) delete process.env.DOCKER_BIN;
      else process.env.DOCKER_BIN = saved;
    }
  });

  test('takes the current builder only when it lists every requested platform', async () => {
    const { fake, repo } = fakeDocker();
    const saved = process.env.DOCKER_BIN;
    process.env.DOCKER_BIN = fake;
    try {
      // A builder that does not list a requested platform (no QEMU where it runs) is not picked by auto, and refused by name.
      process.env.FAKE_PLATFORMS = 'linux/amd64, linux/amd64/v2, linux/386, windows/amd64';
      process.env.BUILDAH_BIN = '/nonexistent/buildah';
      const noArm = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true });
      expect(noArm.error).toBe('input platforms: linux/amd64, linux/arm64: the current buildx builder builder-1 (docker-container driver) cannot build linux/arm64: it lists linux/amd64, linux/amd64/v2, linux/386, windows/amd64 (on GitHub: docker/setup-qemu-action before docker/setup-buildx-action), and buildah is not installed');
      const noArmExplicit = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true, builder: 'buildx' });
      expect(noArmExplicit.error).toMatch(/^input builder: the current buildx builder builder-1 \(docker-container driver\) cannot build linux\/arm64/);
      // ...while the one platform it lists still goes to buildx; an arm64 variant spelt v8 or with `*` counts as arm64.
      const amd64Only = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true, platforms: 'linux/amd64' });
      expect(amd64Only.error).toBeUndefined();
      expect(amd64Only.reporter.text()).toContain('(auto)');
      process.env.FAKE_PLATFORMS = 'linux/amd64*, linux/arm64/v8*';
      const both = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true });
      expect(both.error).toBeUndefined();
      expect(both.reporter.text()).toContain('(auto)');
    } finally {
      delete process.env.FAKE_PLATFORMS;
      delete process.env.BUILDAH_BIN;
      if (saved === undefined) delete process.env.DOCKER_BIN;
      else process.env.DOCKER_BIN = saved;
    }
  });
});
