/**
 * Bad input to `image`: one clear line naming the input, and nothing built or pushed (no process is
 * even spawned: the unit guard would fail the test). The machine is a fake one that emulates arm64.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run as imageCommand } from '../../src/commands/image.js';
import { fakeHost, runInProcess } from '../helpers/capture.js';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';

const repo = copyDemoProject();
mkdirSync(path.join(repo, 'server'));
writeFileSync(path.join(repo, 'server/Dockerfile'), 'FROM scratch\n');
// A folder outside the repository (a secret beside a Dockerfile), reached through symlinks in it.
const outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'image-outside-')));
writeFileSync(path.join(outside, 'Dockerfile'), 'FROM scratch\nCOPY secret.env /\n');
writeFileSync(path.join(outside, 'secret.env'), 'TOKEN=outside\n');
symlinkSync(outside, path.join(repo, 'linked-context'));
symlinkSync(path.join(outside, 'Dockerfile'), path.join(repo, 'server/Dockerfile.linked'));

afterAll(() => {
  removeTempRepos();
  rmSync(outside, { recursive: true, force: true });
});

const base = { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', context: 'server', platforms: 'linux/amd64' };

describe('image: bad input is refused before anything is built', () => {
  test.each<{ name: string; options: Record<string, string | boolean>; message: string | RegExp }>([
    { name: 'an unknown platform', options: { platforms: 'linux/amd64,linux/arm65' }, message: 'input platforms: "linux/arm65" is not a known platform' },
    { name: 'a missing context', options: { context: 'nope' }, message: 'input context: nope is not a directory' },
    { name: 'a missing Dockerfile', options: { dockerfile: 'server/Dockerfile.prod' }, message: 'input dockerfile: server/Dockerfile.prod not found' },
    { name: 'a context outside the repository', options: { context: '../..' }, message: /^input context: / },
    { name: 'a context that is a symlink out of the repository', options: { context: 'linked-context' }, message: `input context: "linked-context" is a symlink to ${outside}, outside the repository` },
    { name: 'a Dockerfile that is a symlink out of the repository', options: { dockerfile: 'server/Dockerfile.linked' }, message: `input dockerfile: "server/Dockerfile.linked" is a symlink to ${path.join(outside, 'Dockerfile')}, outside the repository` },
    { name: 'an invalid extra tag', options: { tags: 'ok,not ok' }, message: 'input tags: "not ok" is not a valid tag' },
    { name: 'an invalid version', options: { version: '1.2' }, message: 'input version: "1.2" is not a valid SemVer version' },
    { name: 'a tag in the image', options: { image: 'ghcr.io/acme/demo:1.0.0' }, message: 'input image: "ghcr.io/acme/demo:1.0.0" carries a tag or digest; give the repository only' },
    { name: 'an image without a registry host', options: { image: 'acme/demo' }, message: /^input image: reference "acme\/demo" must start with a registry host/ },
    { name: 'push without credentials to a remote registry', options: { image: 'ghcr.io/acme/demo' }, message: 'input password: pushing to ghcr.io needs credentials (username and password, or --password-stdin on the CLI); nothing was built or pushed' },
    { name: 'several platforms with the docker builder', options: { platforms: 'linux/amd64,linux/arm64', builder: 'docker' }, message: 'input builder: docker builds one platform, but platforms lists 2 (linux/amd64, linux/arm64); use buildx or buildah, or one platform' },
    { name: 'an unknown builder', options: { builder: 'kaniko' }, message: 'input builder: "kaniko" is not one of auto, buildx, buildah, docker' },
    { name: 'load with several platforms', options: { load: true, platforms: 'linux/amd64,linux/arm64' }, message: 'input load: the local Docker engine holds one platform, but platforms lists linux/amd64, linux/arm64' },
    { name: 'a build argument without =', options: { 'build-args': 'NODE_IMAGE' }, message: 'input build-args: "NODE_IMAGE" must be NAME=VALUE' },
    { name: 'a verify timeout that is not a number', options: { 'verify-timeout': '2m' }, message: 'input verify-timeout: "2m" is not a whole number from 1 to 3600' },
    { name: 'a password without a username', options: { password: 'Pa55-not-shown', username: '' }, message: 'input username: required with a password' },
  ])('$name', async ({ options, message }) => {
    const saved = process.env.GITHUB_ACTOR;
    delete process.env.GITHUB_ACTOR;
    try {
      const run = await runInProcess(imageCommand, { ...base, ...options }, { host: fakeHost() });
      expect(run.result).toBeUndefined();
      if (typeof message === 'string') expect(run.error).toContain(message);
      else expect(run.error).toMatch(message);
      expect(run.error).not.toContain('\n');
      expect(run.error).not.toContain('Pa55-not-shown');
      const builtOrPushed = run.spawned.filter((argv) => argv.some((a) => ['build', 'push', 'login'].includes(a)));
      expect(builtOrPushed).toEqual([]);
    } finally {
      if (saved !== undefined) process.env.GITHUB_ACTOR = saved;
    }
  });
});
