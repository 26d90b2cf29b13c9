/**
 * `image` on a machine without its tools: the builder choice and the engine check spawn the missing
 * binaries (so an integration test), and each refusal names what is missing before anything is built.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { run as imageCommand } from '../../src/commands/image.js';
import { fakeHost, runInProcess } from '../helpers/capture.js';
import { copyDemoProject, removeTempRepos } from '../helpers/repo.js';

afterAll(removeTempRepos);

const repo = copyDemoProject();
mkdirSync(path.join(repo, 'server'));
writeFileSync(path.join(repo, 'server/Dockerfile'), 'FROM scratch\n');

const base = { 'working-directory': repo, image: '127.0.0.1:1/acme/demo', context: 'server', platforms: 'linux/amd64' };

test('with no engine and no buildx, buildah or docker, a build is refused naming what is missing', async () => {
  const saved = { DOCKER_BIN: process.env.DOCKER_BIN, BUILDAH_BIN: process.env.BUILDAH_BIN };
  process.env.DOCKER_BIN = '/nonexistent/docker';
  process.env.BUILDAH_BIN = '/nonexistent/buildah';
  try {
    const multi = await runInProcess(imageCommand, { ...base, platforms: 'linux/amd64,linux/arm64' }, { host: fakeHost() });
    expect(multi.error).toBe('input platforms: linux/amd64, linux/arm64 needs buildx or buildah, and neither is installed (the docker builder builds one platform)');
    const single = await runInProcess(imageCommand, { ...base, load: true });
    expect(single.error).toBe('the Docker engine does not answer (/nonexistent/docker): it is needed to build');
    const buildah = await runInProcess(imageCommand, { ...base, builder: 'buildah' });
    expect(buildah.error).toBe('input builder: buildah (/nonexistent/buildah) is not installed (apt-get install buildah)');
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
});
