/**
 * The buildx builder for REAL: the docker-buildx plugin with a BuildKit builder (buildkitd on the host,
 * `remote` driver, QEMU for linux/arm64), all made by scripts/setup/buildx.sh from the Go module proxy.
 * The reference server built for linux/amd64 and linux/arm64 in one `docker buildx build`, from a
 * two-arch Node base in a REAL registry, pushed to a second REAL registry with Basic auth, then each
 * platform pulled and started by the REAL Docker engine until its health check passes.
 * Also: what `auto` chooses with the real builders here (the engine's default docker-driver builder
 * builds one platform; a platform without QEMU where the builder runs is not listed), a build that
 * fails on arm64 only, and the docker builder when a BuildKit builder is current. The BuildKit builder is selected the way users select one, BUILDX_BUILDER;
 * it is not made the machine's current builder.
 * Needs scripts/setup/qemu.sh, base-images.sh, docker.sh, registry.sh and buildx.sh (fails naming them).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as imageCommand } from '../../src/commands/image.js';
import { chooseBuilder } from '../../src/image/builder-choice.js';
import { parsePlatforms } from '../../src/image/platforms.js';
import { RegistryClient, type Descriptor } from '../../src/oci/index.js';
import { Buildah } from '../../src/tools/buildah.js';
import { Docker } from '../../src/tools/docker.js';
import { exec } from '../../src/tools/exec.js';
import { runInProcess } from '../helpers/capture.js';
import { requireDockerEngine } from '../helpers/docker.js';
import { pushMultiArchNodeBase, requireMultiArch } from '../helpers/multiarch.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { skipAllowed } from '../helpers/skip.js';
import { copyDemoProject, removeTempRepos, ROOT } from '../helpers/repo.js';

/** The BuildKit builder scripts/setup/buildx.sh creates (remote driver on the host's buildkitd). */
const BUILDKIT_BUILDER = 'dot-ai-release';
const SETUP_HINT = 'run `bash scripts/setup/buildx.sh` (builds buildx and BuildKit from their Go modules, starts buildkitd, creates the builder)';
const credentials = { username: 'releaser', password: 'Buildx-Multi-Arch-S3cret' };
const BOTH = 'linux/amd64,linux/arm64';
let baseRegistry: TestRegistry;
let registry: TestRegistry;
let base: string;
const savedBuilder = process.env.BUILDX_BUILDER;
const figures: Record<string, string> = {};

beforeAll(async () => {
  requireMultiArch();
  await requireDockerEngine();
  const version = spawnSync('docker', ['buildx', 'version'], { encoding: 'utf8' });
  if (version.status !== 0) throw new Error(`test prerequisite missing: the docker-buildx plugin (${version.stderr.trim()}); ${SETUP_HINT}`);
  const inspect = spawnSync('docker', ['buildx', 'inspect', BUILDKIT_BUILDER], { encoding: 'utf8' });
  if (inspect.status !== 0 || !/^Status:\s*running/m.test(inspect.stdout)) throw new Error(`test prerequisite missing: the buildx builder ${BUILDKIT_BUILDER} is not running (${(inspect.stderr || inspect.stdout).trim()}); ${SETUP_HINT}`);
  baseRegistry = await startRegistry();
  registry = await startRegistry({ htpasswd: credentials });
  base = await pushMultiArchNodeBase(baseRegistry.host);
}, 600_000);

afterAll(async () => {
  if (savedBuilder === undefined) delete process.env.BUILDX_BUILDER;
  else process.env.BUILDX_BUILDER = savedBuilder;
  await registry?.stop();
  await baseRegistry?.stop();
  removeTempRepos();
  console.info(`image (buildx + BuildKit, multi-arch) figures: ${JSON.stringify(figures)}`);
});

/** Runs `work` with BUILDX_BUILDER set (undefined: unset), then puts the previous value back. */
async function withBuilder<T>(builder: string | undefined, work: () => Promise<T>): Promise<T> {
  const saved = process.env.BUILDX_BUILDER;
  if (builder === undefined) delete process.env.BUILDX_BUILDER;
  else process.env.BUILDX_BUILDER = builder;
  try {
    return await work();
  } finally {
    if (saved === undefined) delete process.env.BUILDX_BUILDER;
    else process.env.BUILDX_BUILDER = saved;
  }
}

function client(repository: string) {
  return new RegistryClient({ registry: registry.host, credentials }).repository(repository);
}

const common = () => ({ platforms: BOTH, 'plain-http': true, ...credentials });

describe('image with buildx and a BuildKit builder on linux/amd64 and linux/arm64', () => {
  test('auto picks buildx with the BuildKit builder: the reference server built for both platforms in one build, pushed as an annotated index, tagged, both platforms healthy', async () => {
    const image = `${registry.host}/vfarcic/dot-ai`;
    const started = performance.now();
    const run = await withBuilder(BUILDKIT_BUILDER, () => runInProcess(imageCommand, {
      ...common(),
      'working-directory': ROOT,
      context: 'examples/mcp-server',
      image,
      'build-args': `NODE_IMAGE=${base}\nVERSION=1.6.1`,
      'verify-timeout': '240',
    }));
    figures['reference server, both platforms, build+push+verify'] = `${((performance.now() - started) / 1000).toFixed(0)} s`;
    expect(run.error).toBeUndefined();
    const text = run.reporter.text();
    expect(text).toMatch(/with github\.com\/docker\/buildx v?0\.\d+\.\d+.* \(auto\)/); // Debian builds print no "v"
    expect(run.result!.json).toMatchObject({ builder: 'buildx' });
    for (const p of ['linux/amd64', 'linux/arm64']) expect(text).toMatch(new RegExp(`${p}: ${image}@sha256:[0-9a-f]{64} is healthy after`));
    figures.steps = (run.result!.json as { steps: { name: string; ms: number }[] }).steps.map((s) => `${s.name} ${(s.ms / 1000).toFixed(0)} s`).join(', ');

    // one buildx build for both platforms, pushed while building; the password only through docker login's stdin
    const builds = run.spawned.filter((a) => a[1] === 'buildx' && a[2] === 'build');
    expect(builds).toHaveLength(1);
    expect(builds[0]).toEqual(expect.arrayContaining(['--platform', BOTH, '--push', '--provenance=false', '--sbom=false', '--tag', `${image}:1.6.1`]));
    expect(JSON.stringify(run.spawned)).not.toContain(credentials.password);
    expect(text).not.toContain(credentials.password);

    // the index: both platforms, no attestation manifests, the OCI annotations, every tag on the same digest
    const repo = client('vfarcic/dot-ai');
    const digest = run.result!.outputs.digest!;
    const { bytes, descriptor } = await repo.fetchManifest('1.6.1');
    expect(descriptor.digest).toBe(digest);
    const index = JSON.parse(Buffer.from(bytes).toString('utf8')) as { manifests: Descriptor[]; annotations?: Record<string, string> };
    expect(index.manifests.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(index.annotations).toMatchObject({ 'org.opencontainers.image.version': '1.6.1', 'org.opencontainers.image.title': 'dot-ai-reference-server' });
    for (const tag of ['1.6', '1', 'latest']) expect((await repo.resolve(tag)).digest).toBe(digest);
    // each platform's image really is that architecture (its config says so)
    for (const m of index.manifests) {
      const manifest = JSON.parse(Buffer.from((await repo.fetchManifest(m.digest)).bytes).toString('utf8')) as { config: Descriptor };
      const config = JSON.parse(Buffer.from(await repo.fetchBlob(manifest.config.digest)).toString('utf8')) as { architecture: string; config: { Labels: Record<string, string> } };
      expect(config.architecture).toBe(m.platform?.architecture);
      expect(config.config.Labels['org.opencontainers.image.version']).toBe('1.6.1');
    }
  }, 1_800_000);

  test('a build that fails on arm64 only names the platform, and nothing is pushed', async () => {
    const repo = copyDemoProject();
    mkdirSync(path.join(repo, 'tiny'));
    writeFileSync(path.join(repo, 'tiny/Dockerfile'), `ARG BASE\nFROM \${BASE}\nRUN [ "$(uname -m)" != aarch64 ]\n`);
    const run = await withBuilder(BUILDKIT_BUILDER, () => runInProcess(imageCommand, { ...common(), builder: 'buildx', 'working-directory': repo, context: 'tiny', image: `${registry.host}/acme/arch-build`, 'build-args': `BASE=${base}` }));
    expect(run.error).toMatch(/^platform linux\/arm64: the build failed, nothing was pushed: docker buildx build \(linux\/amd64, linux\/arm64\) failed \(exit 1\): /);
    await expect(client('acme/arch-build').listTags()).rejects.toMatchObject({ kind: 'not-found' });
  }, 600_000);
});

test('the docker builder with the BuildKit builder current: the image is loaded into the engine and starts', async () => {
  const repo = copyDemoProject();
  mkdirSync(path.join(repo, 'tiny'));
  writeFileSync(path.join(repo, 'tiny/Dockerfile'), `ARG BASE\nFROM \${BASE}\nCMD ["sleep", "infinity"]\n`);
  const image = '127.0.0.1:1/acme/docker-on-buildkit';
  try {
    const run = await withBuilder(BUILDKIT_BUILDER, () => runInProcess(imageCommand, { builder: 'docker', load: true, platforms: 'linux/amd64', 'working-directory': repo, context: 'tiny', image, 'build-args': `BASE=${base}`, 'verify-timeout': '60' }));
    expect(run.error).toBeUndefined();
    expect(run.spawned.find((a) => a[1] === 'build')).toContain('--load');
    expect(run.reporter.text()).toMatch(/linux\/amd64: 127\.0\.0\.1:1\/acme\/docker-on-buildkit:0\.4\.2 is running after/);
  } finally {
    for (const tag of ['0.4.2', '0.4', '0', 'latest']) await exec('docker', ['image', 'rm', `${image}:${tag}`]);
  }
}, 600_000);

describe('what auto chooses with the real builders here', () => {
  const both = parsePlatforms(BOTH.split(','));
  const amd64 = parsePlatforms(['linux/amd64']);
  const choose = (builder: string | undefined, platforms = both, requested = 'auto', buildahBin = 'buildah') =>
    withBuilder(builder, () => chooseBuilder(requested, platforms, new Docker(), new Buildah(buildahBin)));

  test("the engine's default builder (docker driver) builds one platform: auto goes to buildah for two, to buildx for one; the BuildKit builder takes both", async () => {
    const current = await withBuilder(undefined, () => new Docker().buildxDriver());
    if (current.driver === 'docker' && !current.containerdStore) {
      expect(await choose(undefined)).toMatchObject({ builder: 'buildah', detail: expect.stringContaining('auto: the current buildx builder uses the docker driver') });
    } else {
      // an engine that stores images in containerd (newer Docker): its own builder builds both
      expect(await choose(undefined)).toMatchObject({ builder: 'buildx' });
    }
    expect(await choose(undefined, amd64)).toMatchObject({ builder: 'buildx' });
    expect(await choose(BUILDKIT_BUILDER)).toMatchObject({ builder: 'buildx', detail: expect.stringContaining('(auto)') });
  });

  test('a platform the BuildKit builder does not list: auto goes to buildah; buildx asked explicitly is refused by name', async (ctx) => {
    // A platform without emulation where the builder runs (here only aarch64 has a QEMU handler, so
    // s390x; a runner whose QEMU covers them all has none to offer).
    const listed = (await withBuilder(BUILDKIT_BUILDER, () => new Docker().buildxDriver())).platforms;
    const absent = ['linux/s390x', 'linux/ppc64le', 'linux/riscv64', 'linux/mips64le'].find((p) => !listed.includes(p));
    if (!absent) skipAllowed(ctx, `the builder ${BUILDKIT_BUILDER} lists every platform we know (${listed.join(', ')})`);
    const platforms = parsePlatforms(['linux/amd64', absent]);
    const cannot = `the current buildx builder ${BUILDKIT_BUILDER} \\((remote|docker-container) driver\\) cannot build ${absent}: it lists .*linux/arm64`;
    expect(await choose(BUILDKIT_BUILDER, platforms)).toMatchObject({ builder: 'buildah', detail: expect.stringMatching(new RegExp(`auto: ${cannot}`)) });
    await expect(choose(BUILDKIT_BUILDER, platforms, 'buildx')).rejects.toThrow(new RegExp(`^input builder: ${cannot}`));
    await expect(choose(BUILDKIT_BUILDER, platforms, 'auto', '/nonexistent/buildah')).rejects.toThrow(new RegExp(`${cannot}.*, and buildah is not installed$`));
  });
});
