/**
 * buildx at the argument level: the pure argument builder and the reading of BuildKit's errors.
 * The command driving a stand-in `docker`: test/image/buildx-command.real.test.ts; the real buildx
 * with a real BuildKit builder: test/image/buildx-multiarch.real.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { buildxArgs, failedPlatforms, ghaCacheAvailable, type BuildxBuild } from '../../src/tools/buildx.js';

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
