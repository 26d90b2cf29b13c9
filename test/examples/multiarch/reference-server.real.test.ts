/**
 * REAL end-to-end proof that the reference MCP server builds and runs on linux/amd64 AND linux/arm64:
 * a two-arch Node base pushed as an OCI index to a real registry, `buildah build --platform
 * linux/amd64,linux/arm64 --manifest` of examples/mcp-server (arm64 steps run under QEMU),
 * `buildah manifest push --all`, the index read back with our OCI client, then each platform pulled
 * by the Docker engine, run, healthy, `/healthz` reporting the release version, and `uname -m` inside
 * saying which CPU it runs on. A second build with no source change must come from buildah's layer
 * cache (identical per-platform manifests).
 * Needs scripts/setup/{docker,registry,qemu,base-images}.sh; fails loudly naming them otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDIA_TYPE, openTarget, parseManifestJson, type Descriptor, type Target } from '../../../src/oci/index.js';
import { docker, removeContainer, requireDockerEngine, runDetached, waitForHealthy } from '../../helpers/docker.js';
import { buildah, MULTIARCH_NODE_BASE_PATH, PLATFORMS, pushMultiArchNodeBase, removeList, requireMultiArch, temporaryListName } from '../../helpers/multiarch.js';
import { startRegistry, type TestRegistry } from '../../helpers/registry.js';
import { RELEASE_VERSION, SERVER_DIR } from '../../helpers/reference-server.js';

const REPOSITORY = 'dot-ai/reference-server';
const EXPECTED_MACHINE: Record<(typeof PLATFORMS)[number], string> = { 'linux/amd64': 'x86_64', 'linux/arm64': 'aarch64' };

let registry: TestRegistry | undefined;
let target: Target;
const lists: string[] = [];
const containers: string[] = [];
const pulledImages = new Set<string>();
const figures: Record<string, string> = {};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Builds the server for both platforms into a new manifest list and pushes it under `tag`.
 * Docker image format, not buildah's default OCI: the OCI image config has no HEALTHCHECK, and buildah
 * drops it there (also when converting with `manifest push --format oci`); Docker and Kubernetes
 * probes rely on it. So the list goes up as a Docker manifest list of Docker v2 schema 2 images.
 */
async function buildAndPush(base: string, tag: string): Promise<{ buildMs: number; pushMs: number }> {
  const list = temporaryListName('reference-server');
  lists.push(list);
  const started = performance.now();
  await buildah('buildah build (linux/amd64 + linux/arm64)', [
    'build',
    '--layers',
    '--quiet',
    '--format',
    'docker',
    '--platform',
    PLATFORMS.join(','),
    '--manifest',
    list,
    '--tls-verify=false',
    '--build-arg',
    `NODE_IMAGE=${base}`,
    '--build-arg',
    `VERSION=${RELEASE_VERSION}`,
    SERVER_DIR,
  ]);
  const built = performance.now();
  await buildah('buildah manifest push', ['manifest', 'push', '--all', '--quiet', '--format', 'v2s2', '--tls-verify=false', list, `docker://${registry?.host}/${REPOSITORY}:${tag}`]);
  return { buildMs: built - started, pushMs: performance.now() - built };
}

/** The per-platform manifests an index lists, keyed `os/architecture`. */
async function platformsOf(tag: string): Promise<{ mediaType: string; byPlatform: Map<string, Descriptor> }> {
  const { descriptor, bytes } = await target.fetchManifest(tag);
  const json = parseManifestJson(bytes) as { manifests?: Descriptor[] };
  const byPlatform = new Map<string, Descriptor>();
  for (const child of json.manifests ?? []) byPlatform.set(`${child.platform?.os}/${child.platform?.architecture}`, child);
  return { mediaType: descriptor.mediaType, byPlatform };
}

beforeAll(async () => {
  requireMultiArch();
  await requireDockerEngine();
  registry = await startRegistry();
  target = openTarget(`${registry.host}/${REPOSITORY}`).target;

  const started = performance.now();
  const base = await pushMultiArchNodeBase(registry.host);
  figures['push two-arch Node base'] = seconds(performance.now() - started);

  // The first build is cold on a fresh machine and warm on a re-run; the second is always warm.
  const first = await buildAndPush(base, RELEASE_VERSION);
  figures['build both platforms (first in this run)'] = seconds(first.buildMs);
  figures['manifest push --all (first)'] = seconds(first.pushMs);
  const second = await buildAndPush(base, `${RELEASE_VERSION}-rebuild`);
  figures['build both platforms (warm, no change)'] = seconds(second.buildMs);
  figures['manifest push --all (warm)'] = seconds(second.pushMs);
}, 1_500_000);

afterAll(async () => {
  for (const id of containers) await removeContainer(id);
  for (const image of pulledImages) await docker(['image', 'rm', '--force', image]).catch(() => undefined);
  for (const list of lists) await removeList(list);
  await registry?.stop();
  console.info(`multi-arch reference server figures: ${JSON.stringify(figures)}`);
});

describe('reference server, multi-arch (buildah + QEMU)', () => {
  it('the base is an OCI index of exactly linux/amd64 and linux/arm64', async () => {
    const { target: baseTarget, reference } = openTarget(`${registry?.host}/${MULTIARCH_NODE_BASE_PATH}`);
    const { descriptor, bytes } = await baseTarget.fetchManifest(reference.tag ?? 'bookworm');
    expect(descriptor.mediaType).toBe(MEDIA_TYPE.ociIndex);
    const platforms = ((parseManifestJson(bytes) as { manifests?: Descriptor[] }).manifests ?? []).map((m) => `${m.platform?.os}/${m.platform?.architecture}`);
    expect(platforms.sort()).toEqual([...PLATFORMS]);
  });

  it('is pushed as an index listing exactly linux/amd64 and linux/arm64, each image of its own platform with its HEALTHCHECK', async () => {
    const { mediaType, byPlatform } = await platformsOf(RELEASE_VERSION);
    expect(mediaType).toBe(MEDIA_TYPE.dockerManifestList);
    expect([...byPlatform.keys()].sort()).toEqual([...PLATFORMS]);
    for (const [platform, child] of byPlatform) {
      expect(child.mediaType).toBe(MEDIA_TYPE.dockerManifest);
      const manifest = parseManifestJson((await target.fetchManifest(child.digest)).bytes) as { config: Descriptor };
      const config = JSON.parse(Buffer.from(await target.fetchBlob(manifest.config.digest)).toString('utf8')) as {
        os: string;
        architecture: string;
        config: { Labels?: Record<string, string>; User?: string; Healthcheck?: { Test?: string[] } };
      };
      expect(`${config.os}/${config.architecture}`).toBe(platform);
      expect(config.config.Labels?.['org.opencontainers.image.version']).toBe(RELEASE_VERSION);
      expect(config.config.User).toBe('10001:10001');
      expect(config.config.Healthcheck?.Test).toEqual(['CMD', 'node', 'dist/healthcheck.js']);
    }
  });

  it('rebuilds from the layer cache when nothing changed: the same image for each platform', async () => {
    const first = await platformsOf(RELEASE_VERSION);
    const rebuilt = await platformsOf(`${RELEASE_VERSION}-rebuild`);
    for (const platform of PLATFORMS) {
      expect(rebuilt.byPlatform.get(platform)?.digest, platform).toBe(first.byPlatform.get(platform)?.digest);
    }
  });

  // Sequential: the engine keeps one image per tag, and two emulated containers at once would only compete for 2 cores.
  it.each(PLATFORMS)('%s: the Docker engine pulls it, runs it healthy, /healthz reports the release version, uname -m matches', async (platform) => {
    const reference = `${registry?.host}/${REPOSITORY}:${RELEASE_VERSION}`;
    const { byPlatform } = await platformsOf(RELEASE_VERSION);
    const child = byPlatform.get(platform);
    expect(child, platform).toBeDefined();
    const manifest = parseManifestJson((await target.fetchManifest(child?.digest ?? '')).bytes) as { config: Descriptor };

    let started = performance.now();
    await docker(['pull', '--quiet', '--platform', platform, reference], { timeoutMs: 300_000 });
    figures[`${platform}: docker pull`] = seconds(performance.now() - started);
    const { stdout } = await docker(['image', 'inspect', '--format', '{{.Id}} {{.Os}}/{{.Architecture}}', reference]);
    const [imageId = '', pulledPlatform] = stdout.trim().split(' ');
    pulledImages.add(imageId);
    // The engine pulled exactly the variant the index lists for this platform.
    expect(imageId).toBe(manifest.config.digest);
    expect(pulledPlatform).toBe(platform);

    started = performance.now();
    // The image probes every 10 s; every second here, so the figure measures start-up, not the probe interval.
    const id = await runDetached(imageId, ['--platform', platform, '--publish', '127.0.0.1::3456', '--health-interval', '1s', '--health-timeout', '30s']);
    containers.push(id);
    await waitForHealthy(id, 180_000);
    figures[`${platform}: start to healthy (1 s probe)`] = seconds(performance.now() - started);

    const { stdout: port } = await docker(['port', id, '3456/tcp']);
    const hostPort = /127\.0\.0\.1:(\d+)/.exec(port)?.[1];
    expect(hostPort, `published port of ${id}: ${port}`).toBeDefined();
    const health = await fetch(`http://127.0.0.1:${hostPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', version: RELEASE_VERSION });

    const machine = await docker(['exec', id, 'uname', '-m']);
    expect(machine.stdout.trim()).toBe(EXPECTED_MACHINE[platform]);
    const node = await docker(['exec', id, 'node', '-p', 'process.arch']);
    expect(node.stdout.trim()).toBe(platform.split('/')[1]?.replace('amd64', 'x64'));
  }, 400_000);
});
