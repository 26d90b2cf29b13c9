/**
 * The image command driving a stand-in `docker` (DOCKER_BIN, a process: so an integration test) that
 * records its argv and answers `buildx version`, `buildx inspect` and `buildx build` like the real
 * one, for the builder choice's cases that a real machine cannot all show at once. The machine is a
 * fake one (it emulates arm64 unless a test says otherwise), so QEMU on this host changes nothing.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run as imageCommand } from '../../src/commands/image.js';
import { fakeHost, runInProcess } from '../helpers/capture.js';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';

afterAll(removeTempRepos);

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
      const run = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', platforms: 'linux/amd64', load: true, verify: 'false', 'build-args': 'A=1,B=two' }, { host: fakeHost() });
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
      const multi = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true }, { host: fakeHost() });
      expect(multi.error).toBe('input platforms: linux/amd64, linux/arm64: the current buildx builder uses the docker driver, which builds one platform (docker/setup-buildx-action creates a docker-container builder that builds several), and buildah is not installed');
      const explicit = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true, builder: 'buildx' }, { host: fakeHost() });
      expect(explicit.error).toMatch(/^input builder: the current buildx builder uses the docker driver/);
      delete process.env.BUILDAH_BIN;
      process.env.FAKE_DRIVER = 'docker-container';
      const dry = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true }, { host: fakeHost() });
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
      const noArm = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true }, { host: fakeHost() });
      expect(noArm.error).toBe('input platforms: linux/amd64, linux/arm64: the current buildx builder builder-1 (docker-container driver) cannot build linux/arm64: it lists linux/amd64, linux/amd64/v2, linux/386, windows/amd64 (on GitHub: docker/setup-qemu-action before docker/setup-buildx-action), and buildah is not installed');
      const noArmExplicit = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true, builder: 'buildx' }, { host: fakeHost() });
      expect(noArmExplicit.error).toMatch(/^input builder: the current buildx builder builder-1 \(docker-container driver\) cannot build linux\/arm64/);
      // ...while the one platform it lists still goes to buildx; an arm64 variant spelt v8 or with `*` counts as arm64.
      const amd64Only = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true, platforms: 'linux/amd64' }, { host: fakeHost() });
      expect(amd64Only.error).toBeUndefined();
      expect(amd64Only.reporter.text()).toContain('(auto)');
      process.env.FAKE_PLATFORMS = 'linux/amd64*, linux/arm64/v8*';
      const both = await runInProcess(imageCommand, { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', 'dry-run': true }, { host: fakeHost() });
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
