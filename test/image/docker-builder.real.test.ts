/**
 * The docker builder on the REAL Docker engine (classic builder, base local/node:bookworm) and a
 * REAL registry with Basic auth: the reference MCP server is built for linux/amd64, loaded or
 * pushed, tagged, labelled and started until its health check passes.
 * Needs scripts/setup/docker.sh, scripts/setup/base-images.sh and scripts/setup/registry.sh.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as imageCommand } from '../../src/commands/image.js';
import { RegistryClient } from '../../src/oci/index.js';
import { runInProcess } from '../helpers/capture.js';
import { docker, inspectImage, LOCAL_NODE_IMAGE, requireDockerEngine, requireImage } from '../helpers/docker.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { DOT_AI_VERSION, olderRelease, releaseTags, ROOT } from '../helpers/repo.js';

const V = DOT_AI_VERSION;
const OLDER = olderRelease(V);

const serverBuild = {
  'working-directory': ROOT,
  context: 'examples/mcp-server',
  builder: 'docker',
  platforms: 'linux/amd64',
  'build-args': `NODE_IMAGE=${LOCAL_NODE_IMAGE}\nVERSION=${V}`,
  'verify-timeout': '90',
};

beforeAll(async () => {
  await requireDockerEngine();
  await requireImage(LOCAL_NODE_IMAGE);
});

/** Tags these tests made in the engine (the layers are the reference server's, shared with other tests). */
const madeRepositories: string[] = [];
afterAll(async () => {
  for (const repository of madeRepositories) {
    const { stdout } = await docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', repository]);
    for (const ref of stdout.split('\n').filter(Boolean)) await docker(['image', 'rm', ref]).catch(() => undefined);
  }
});

describe('image with the docker builder', () => {
  test('load: builds the reference server, labels it, and proves it starts healthy; an uppercase image is lowercased and said', async () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      madeRepositories.push('127.0.0.1:1/local/dot-ai-test');
      const run = await runInProcess(imageCommand, { ...serverBuild, image: '127.0.0.1:1/Local/Dot-AI-Test', load: true });
      expect(run.error).toBeUndefined();
      const text = run.reporter.text();
      expect(text).toContain('warning: input image: repository "Local/Dot-AI-Test" lowercased to "local/dot-ai-test"');
      expect(text).toMatch(/• build: done[\s\S]*• push: skipped, load[\s\S]*• verify: done/);
      expect(text).toMatch(new RegExp(`linux/amd64: 127\\.0\\.0\\.1:1/local/dot-ai-test:${V.replace(/\./g, '\\.')} is healthy after \\d+\\.\\d s`));
      expect(run.result!.json).toMatchObject({ builder: 'docker', output: 'load', tags: releaseTags(V).map((t) => `127.0.0.1:1/local/dot-ai-test:${t}`) });
      const { Config } = await inspectImage('127.0.0.1:1/local/dot-ai-test:latest');
      expect(Config.Labels).toMatchObject({
        'org.opencontainers.image.version': V,
        'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
        'org.opencontainers.image.revision': execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
      });
      // labels and build args reached the build (classic builder without buildx, BuildKit with it)
      const build = run.spawned.find((argv) => argv[1] === 'build')!;
      expect(build).toEqual(expect.arrayContaining(['--label', `org.opencontainers.image.version=${V}`, '--build-arg', `VERSION=${V}`]));
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  }, 600_000);
});

describe('image with the docker builder to a registry with Basic auth', () => {
  const credentials = { username: 'releaser', password: 'Img-S3cret-Pa55' };
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ htpasswd: credentials });
  });
  afterAll(() => registry?.stop());

  test('pushes once, moves the tags, verifies; an older version later moves neither latest nor its major; the password is never in argv or logs', async () => {
    const image = `${registry.host}/acme/server`;
    madeRepositories.push(image);
    const first = await runInProcess(imageCommand, { ...serverBuild, image, ...credentials });
    expect(first.error).toBeUndefined();
    const outputs = first.result!.outputs;
    expect(outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(outputs['image-ref']).toBe(`${image}@${outputs.digest}`);
    expect(outputs.tags!.split('\n')).toEqual(releaseTags(V).map((t) => `${image}:${t}`));
    expect(outputs.platforms).toBe('linux/amd64');
    expect(first.reporter.text()).toMatch(/linux\/amd64: .*@sha256:[0-9a-f]{64} is healthy after/);
    // exactly one docker push; the other tags were added through the registry API
    expect(first.spawned.filter((a) => a[1] === 'push')).toEqual([['docker', 'push', `${image}:${V}`]]);

    const client = new RegistryClient({ registry: registry.host, credentials }).repository('acme/server');
    for (const tag of releaseTags(V)) expect((await client.resolve(tag)).digest).toBe(outputs.digest);

    const older = await runInProcess(imageCommand, { ...serverBuild, image, ...credentials, version: OLDER.version, 'build-args': `NODE_IMAGE=${LOCAL_NODE_IMAGE}\nVERSION=${OLDER.version}` });
    expect(older.error).toBeUndefined();
    expect(older.result!.json).toMatchObject({ tags: OLDER.tags.map((t) => `${image}:${t}`), latest: false });
    expect(older.reporter.text()).toContain(`not moving latest: ${V} is already in the registry and is higher`);
    expect((await client.resolve('latest')).digest).toBe(outputs.digest);
    expect((await client.resolve(releaseTags(V)[2]!)).digest).toBe(outputs.digest);
    expect((await client.resolve(OLDER.tags[1]!)).digest).toBe(older.result!.outputs.digest);

    for (const run of [first, older]) {
      expect(run.reporter.secrets).toContain(credentials.password);
      expect(JSON.stringify(run.spawned)).not.toContain(credentials.password);
      expect(run.reporter.text()).not.toContain(credentials.password);
      expect(JSON.stringify(run.result)).not.toContain(credentials.password);
    }
    // docker login got the password on stdin, into a temp DOCKER_CONFIG (gone now), never the user's
    expect(first.spawned).toContainEqual(['docker', 'login', '--username', 'releaser', '--password-stdin', registry.host]);
    const userConfig = path.join(process.env.DOCKER_CONFIG ?? path.join(homedir(), '.docker'), 'config.json');
    expect(existsSync(userConfig) ? readFileSync(userConfig, 'utf8') : '').not.toContain(registry.host);
  }, 600_000);
});
