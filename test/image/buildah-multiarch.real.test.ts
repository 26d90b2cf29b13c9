/**
 * The buildah builder for REAL on two platforms: linux/amd64 natively and linux/arm64 under QEMU,
 * from a two-arch Node base in a REAL registry, pushed to a second REAL registry with Basic auth,
 * then each platform pulled and started by the REAL Docker engine until its health check passes.
 * Few and focused (emulated arm64 is the slow part; buildah's --layers cache makes re-runs fast):
 * the happy path, a build that fails on arm64 only, an image that does not start on arm64 only.
 * Needs scripts/setup/qemu.sh, base-images.sh, docker.sh and registry.sh (fails naming them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as imageCommand } from '../../src/commands/image.js';
import { RegistryClient, type Descriptor } from '../../src/oci/index.js';
import { runInProcess } from '../helpers/capture.js';
import { requireDockerEngine } from '../helpers/docker.js';
import { pushMultiArchNodeBase, requireMultiArch } from '../helpers/multiarch.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { DOT_AI_VERSION, ROOT, copyDemoProject, releaseTags, removeTempRepos } from '../helpers/repo.js';

const V = DOT_AI_VERSION;

const credentials = { username: 'releaser', password: 'Multi-Arch-S3cret' };
let baseRegistry: TestRegistry;
let registry: TestRegistry;
let base: string;
const figures: Record<string, string> = {};

beforeAll(async () => {
  requireMultiArch();
  await requireDockerEngine();
  baseRegistry = await startRegistry();
  registry = await startRegistry({ htpasswd: credentials });
  base = await pushMultiArchNodeBase(baseRegistry.host);
}, 600_000);

afterAll(async () => {
  await registry?.stop();
  await baseRegistry?.stop();
  removeTempRepos();
  console.info(`image (buildah, multi-arch) figures: ${JSON.stringify(figures)}`);
});

function client(repository: string) {
  return new RegistryClient({ registry: registry.host, credentials }).repository(repository);
}

/** A tiny build context (no npm install) in a copy of the demo project. */
function tinyContext(dockerfile: string): string {
  const repo = copyDemoProject();
  mkdirSync(path.join(repo, 'tiny'));
  writeFileSync(path.join(repo, 'tiny/Dockerfile'), dockerfile);
  return repo;
}

const common = () => ({ builder: 'buildah', platforms: 'linux/amd64,linux/arm64', 'plain-http': true, ...credentials });

describe('image with buildah on linux/amd64 and linux/arm64', () => {
  test('the reference server: built per platform, pushed once as an annotated index, tagged, and both platforms start healthy', async () => {
    const image = `${registry.host}/vfarcic/dot-ai`;
    const started = performance.now();
    const run = await runInProcess(imageCommand, {
      ...common(),
      'working-directory': ROOT,
      context: 'examples/mcp-server',
      image,
      'build-args': `NODE_IMAGE=${base}\nVERSION=${V}`,
      'verify-timeout': '240',
    });
    figures['reference server, both platforms, build+push+verify'] = `${((performance.now() - started) / 1000).toFixed(0)} s`;
    expect(run.error).toBeUndefined();
    const text = run.reporter.text();
    for (const p of ['linux/amd64', 'linux/arm64']) expect(text).toMatch(new RegExp(`${p}: ${image}@sha256:[0-9a-f]{64} is healthy after`));
    figures.steps = (run.result!.json as { steps: { name: string; ms: number }[] }).steps.map((s) => `${s.name} ${(s.ms / 1000).toFixed(0)} s`).join(', ');

    // one buildah build per platform (a failure names its arch), one manifest push with the auth file
    const builds = run.spawned.filter((a) => a[0] === 'buildah' && a[1] === 'build');
    expect(builds.map((a) => a[a.indexOf('--platform') + 1])).toEqual(['linux/amd64', 'linux/arm64']);
    for (const b of builds) expect(b).toEqual(expect.arrayContaining(['--layers', '--format', 'docker', '--tls-verify=false', '--authfile']));
    const pushes = run.spawned.filter((a) => a[0] === 'buildah' && a[1] === 'manifest' && a[2] === 'push');
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toEqual(expect.arrayContaining(['--all', '--authfile', `docker://${image}:${V}`]));
    expect(JSON.stringify(run.spawned)).not.toContain(credentials.password);
    expect(text).not.toContain(credentials.password);

    // the index: both platforms, the OCI annotations, every tag on the same digest
    const repo = client('vfarcic/dot-ai');
    const digest = run.result!.outputs.digest!;
    const { bytes, descriptor } = await repo.fetchManifest(V);
    expect(descriptor.digest).toBe(digest);
    const index = JSON.parse(Buffer.from(bytes).toString('utf8')) as { manifests: Descriptor[]; annotations?: Record<string, string> };
    expect(index.manifests.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(index.annotations).toMatchObject({ 'org.opencontainers.image.version': V, 'org.opencontainers.image.title': 'dot-ai-reference-server' });
    for (const tag of releaseTags(V).slice(1)) expect((await repo.resolve(tag)).digest).toBe(digest);
    expect(run.result!.outputs.platforms).toBe('linux/amd64,linux/arm64');
  }, 1_800_000);

  test('a build that fails on arm64 only names the platform, and nothing is pushed', async () => {
    const repo = tinyContext(`ARG BASE\nFROM \${BASE}\nRUN [ "$(uname -m)" != aarch64 ]\n`);
    const run = await runInProcess(imageCommand, { ...common(), 'working-directory': repo, context: 'tiny', image: `${registry.host}/acme/arch-build`, 'build-args': `BASE=${base}` });
    expect(run.error).toMatch(/^platform linux\/arm64: the build failed, nothing was pushed: buildah build for linux\/arm64 failed/);
    expect(run.reporter.text()).toContain('built linux/amd64');
    expect(run.spawned.filter((a) => a.includes('push'))).toEqual([]);
    await expect(client('acme/arch-build').listTags()).rejects.toMatchObject({ kind: 'not-found' });
  }, 600_000);

  test('an image that builds but does not start on arm64 fails the verify step naming the platform; latest is not moved', async () => {
    const repo = tinyContext(`ARG BASE\nFROM \${BASE}\nHEALTHCHECK --interval=1s --timeout=5s --retries=2 CMD [ "$(uname -m)" != aarch64 ]\nCMD ["sleep", "infinity"]\n`);
    const run = await runInProcess(imageCommand, { ...common(), 'working-directory': repo, context: 'tiny', image: `${registry.host}/acme/arch-start`, 'build-args': `BASE=${base}`, 'verify-timeout': '60' });
    expect(run.error).toMatch(/^platform linux\/arm64: .*acme\/arch-start@sha256:[0-9a-f]{64} does not start: the container is unhealthy/);
    expect(run.reporter.text()).toMatch(/linux\/amd64: .* is healthy after/);
    // verify runs before the moving tags: only the version's own tag exists
    expect(await client('acme/arch-start').listTags()).toEqual(['0.4.2']);
    expect(run.reporter.text()).not.toContain('• tag:');
  }, 600_000);
});
