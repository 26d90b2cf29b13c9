import { describe, expect, test } from 'vitest';
import { chooseBuilder } from '../../src/image/builder-choice.js';
import { parsePlatforms } from '../../src/image/platforms.js';
import type { Buildah } from '../../src/tools/buildah.js';
import type { Docker } from '../../src/tools/docker.js';

/** The engine's own buildx builder as `docker buildx inspect` shows it on Docker 20.10 to 27 (classic image store). */
function engineWithDockerDriver(containerdStore = false): Docker {
  const fake = {
    buildxVersion: async () => 'github.com/docker/buildx 0.29.1',
    buildxDriver: async () => ({ name: 'default', driver: 'docker', platforms: ['linux/amd64', 'linux/arm64'], containerdStore }),
  };
  return fake as unknown as Docker;
}

const withBuildah = { version: async () => '1.39.3', bin: 'buildah' } as unknown as Buildah;
const withoutBuildah = { version: async () => undefined, bin: 'buildah' } as unknown as Buildah;
const amd64 = parsePlatforms(['linux/amd64']);

describe('the builder for a release candidate (pushed by digest, untagged)', () => {
  test('auto leaves buildx on the docker driver, which cannot push by digest, for buildah', async () => {
    const chosen = await chooseBuilder('auto', amd64, engineWithDockerDriver(), withBuildah, true);
    expect(chosen.builder).toBe('buildah');
    expect(chosen.detail).toMatch(/auto: the current buildx builder uses the docker driver, which cannot push an image by digest/);
  });

  test('buildx asked for explicitly on the docker driver is refused by name before anything is built', async () => {
    await expect(chooseBuilder('buildx', amd64, engineWithDockerDriver(), withBuildah, true)).rejects.toThrow(/^input builder: the current buildx builder uses the docker driver, which cannot push an image by digest/);
  });

  test('without buildah the refusal names both', async () => {
    await expect(chooseBuilder('auto', amd64, engineWithDockerDriver(), withoutBuildah, true)).rejects.toThrow(/cannot push an image by digest.*, and buildah is not installed$/);
  });

  test('an engine storing images in containerd pushes by digest with its own builder', async () => {
    expect((await chooseBuilder('auto', amd64, engineWithDockerDriver(true), withBuildah, true)).builder).toBe('buildx');
  });

  test('the image command (pushed by tag) keeps buildx on the docker driver for one platform', async () => {
    expect((await chooseBuilder('auto', amd64, engineWithDockerDriver(), withBuildah)).builder).toBe('buildx');
  });
});
