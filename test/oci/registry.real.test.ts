/** The registry client against a REAL CNCF Distribution 2.8 registry (anonymous). */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copy,
  MEDIA_TYPE,
  OciLayoutTarget,
  openTarget,
  pushArtifact,
  RegistryClient,
  RegistryError,
  sha256Digest,
  buildImageManifest,
  type Descriptor,
} from '../../src/oci/index.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { recordRequests, expectNoSecrets, makeArtifact } from './fixtures-helpers.js';

let registry: TestRegistry;
const logLines: string[] = [];

beforeAll(async () => {
  registry = await startRegistry();
});

afterAll(async () => {
  await registry?.stop();
});

function client(extra: Partial<ConstructorParameters<typeof RegistryClient>[0]> = {}): RegistryClient {
  return new RegistryClient({ registry: registry.host, log: (l) => logLines.push(l), ...extra });
}

describe('registry client against a real registry (anonymous)', () => {
  it('pushes blobs monolithically and in chunks, then the manifest; resolve and fetch return the same digest', async () => {
    const counted = recordRequests();
    // 1 KiB layer goes up in one PUT; 300 KiB layer in 64 KiB PATCH chunks.
    const c = client({ observe: counted.observe, monolithicMaxBytes: 100 * 1024, chunkSize: 64 * 1024 });
    const repo = c.repository('team/app');
    const artifact = makeArtifact([1024, 300 * 1024]);
    const pushed = await pushArtifact(repo, { ...artifact, tag: '1.6.1' });

    expect(pushed.digest).toBe(sha256Digest(artifact.manifest));
    const patches = counted.requests.filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(Math.ceil((300 * 1024) / (64 * 1024)));
    const blobPuts = counted.requests.filter((r) => r.method === 'PUT' && r.url.includes('/blobs/uploads/'));
    expect(blobPuts).toHaveLength(3); // config + 2 layers, each finished with one PUT

    const resolved = await repo.resolve('1.6.1');
    expect(resolved).toEqual({ mediaType: MEDIA_TYPE.ociManifest, digest: pushed.digest, size: artifact.manifest.byteLength });
    const fetched = await repo.fetchManifest('1.6.1');
    expect(Buffer.from(fetched.bytes).equals(Buffer.from(artifact.manifest))).toBe(true);
    const byDigest = await repo.fetchManifest(pushed.digest);
    expect(byDigest.descriptor.digest).toBe(pushed.digest);

    for (const blob of artifact.blobs) {
      expect(await repo.blobExists(blob.descriptor.digest)).toBe(true);
      const bytes = await repo.fetchBlob(blob.descriptor.digest);
      expect(bytes.byteLength).toBe(blob.descriptor.size);
    }
    expect(await repo.blobExists(sha256Digest(new TextEncoder().encode('never pushed')))).toBe(false);
  });

  it('skips blobs that are already there', async () => {
    const counted = recordRequests();
    const repo = client({ observe: counted.observe }).repository('team/skip');
    const artifact = makeArtifact([2048]);
    await pushArtifact(repo, { ...artifact, tag: 'a' });
    counted.requests.length = 0;
    await pushArtifact(repo, { ...artifact, tag: 'b' });
    expect(counted.requests.filter((r) => r.url.includes('/blobs/uploads/'))).toEqual([]);
  });

  it('promotes a tag by re-putting the manifest bytes: two requests, no blob traffic', async () => {
    const counted = recordRequests();
    const repo = client({ observe: counted.observe }).repository('team/promote');
    const artifact = makeArtifact([4096, 4096]);
    const rc = await pushArtifact(repo, { ...artifact, tag: '1.6.1-rc.1' });
    counted.requests.length = 0;

    const promoted = await repo.tag('1.6.1-rc.1', '1.6.1');
    expect(promoted.digest).toBe(rc.digest);
    expect(counted.requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
    expect(counted.requests.every((r) => r.url.includes('/manifests/'))).toBe(true);
    expect((await repo.resolve('1.6.1')).digest).toBe(rc.digest);
  });

  // Distribution 2.8 ignores `n` on tags/list (pagination arrived in 3.0), so the Link-following
  // loop is exercised in faults.test.ts with a scripted GHCR-style paginated answer.
  it('lists tags', async () => {
    const counted = recordRequests();
    const repo = client({ observe: counted.observe }).repository('team/tags');
    const artifact = makeArtifact([100]);
    await pushArtifact(repo, { ...artifact, tag: 't1' });
    for (const tag of ['t2', 't3', 't4', 't5']) await repo.tag('t1', tag);
    counted.requests.length = 0;
    const tags = await repo.listTags(2);
    expect(tags.sort()).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(counted.requests.filter((r) => r.url.includes('/tags/list?n=2'))).toHaveLength(1);
  });

  it('mounts a blob from another repository without uploading it, and falls back to upload on 202', async () => {
    const counted = recordRequests();
    const c = client({ observe: counted.observe });
    const source = c.repository('team/mount-src');
    const artifact = makeArtifact([8192]);
    await pushArtifact(source, { ...artifact, tag: 'v1' });
    const layer = artifact.blobs[1]!;
    const dest = c.repository('team/mount-dst');

    counted.requests.length = 0;
    expect(await dest.mountBlob(layer.descriptor, 'team/mount-src')).toBe(true);
    expect(counted.requests.map((r) => r.method)).toEqual(['POST']);
    expect(await dest.blobExists(layer.descriptor.digest)).toBe(true);

    // Unknown source: Distribution answers 202 and opens an upload; we send the content there.
    const other = makeArtifact([512]).blobs[1]!;
    counted.requests.length = 0;
    expect(await dest.mountBlob(other.descriptor, 'team/does-not-exist', other.content)).toBe(false);
    expect(counted.requests.map((r) => r.method)).toEqual(['POST', 'PUT']);
    expect(await dest.blobExists(other.descriptor.digest)).toBe(true);

    // Without content to fall back on, the opened session is cancelled and nothing appears.
    const third = makeArtifact([256]).blobs[1]!;
    expect(await dest.mountBlob(third.descriptor, 'team/does-not-exist')).toBe(false);
    expect(await dest.blobExists(third.descriptor.digest)).toBe(false);
  });

  it('copies between repositories of one registry by mounting blobs (no blob bytes sent)', async () => {
    const counted = recordRequests();
    const c = client({ observe: counted.observe });
    const artifact = makeArtifact([6000, 7000]);
    await pushArtifact(c.repository('staging/dot-ai'), { ...artifact, tag: '1.6.1-rc.1' });
    counted.requests.length = 0;
    const result = await copy(c.repository('staging/dot-ai'), c.repository('release/dot-ai'), '1.6.1-rc.1', { tag: '1.6.1' });
    expect(result).toMatchObject({ blobsMounted: 3, blobsCopied: 0, blobsSkipped: 0, manifestsCopied: 1 });
    expect(counted.requests.filter((r) => r.method === 'PATCH' || (r.method === 'PUT' && r.url.includes('/blobs/')))).toEqual([]);
    expect(counted.requests.filter((r) => r.method === 'GET' && r.url.includes('/blobs/'))).toEqual([]);
    expect((await c.repository('release/dot-ai').resolve('1.6.1')).digest).toBe(sha256Digest(artifact.manifest));
  });

  it('refuses to push a manifest whose blobs are missing, leaving no tag', async () => {
    const repo = client().repository('team/incomplete');
    const artifact = makeArtifact([1000]);
    await repo.pushBlob(artifact.blobs[0]!.descriptor, artifact.blobs[0]!.content as Uint8Array);
    const error = await repo.pushManifest(artifact.manifest, artifact.mediaType, 'broken').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).kind).toBe('integrity');
    expect((error as RegistryError).message).toMatch(/is not in 127\.0\.0\.1:\d+\/team\/incomplete; refusing/);
    const missing = await repo.resolve('broken').catch((e: unknown) => e);
    expect((missing as RegistryError).kind).toBe('not-found');
  });

  it('reports NAME_UNKNOWN for a repository that does not exist', async () => {
    const error = (await client().repository('nobody/nothing').listTags().catch((e: unknown) => e)) as RegistryError;
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.status).toBe(404);
    expect(error.hasCode('NAME_UNKNOWN')).toBe(true);
    expect(error.message).toContain('repository 127.0.0.1');
    expect(error.message).toContain('nobody/nothing does not exist (NAME_UNKNOWN)');
  });

  it('pushes an index with two child manifests and copies it registry → layout → registry', async () => {
    const c = client();
    const repo = c.repository('team/multi');
    const amd = makeArtifact([3000], 'amd64');
    const arm = makeArtifact([3000], 'arm64');
    const children: Descriptor[] = [];
    for (const [art, arch] of [[amd, 'amd64'], [arm, 'arm64']] as const) {
      const d = await pushArtifact(repo, art);
      children.push({ ...d, platform: { architecture: arch, os: 'linux' } });
    }
    const index = new TextEncoder().encode(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPE.ociIndex, manifests: children }));
    const pushedIndex = await repo.pushManifest(index, MEDIA_TYPE.ociIndex, '1.6.1');
    expect((await repo.resolve('1.6.1')).mediaType).toBe(MEDIA_TYPE.ociIndex);

    const dir = await mkdtemp(join(tmpdir(), 'oci-layout-'));
    try {
      const layout = new OciLayoutTarget(dir);
      const toLayout = await copy(repo, layout, '1.6.1');
      expect(toLayout.descriptor.digest).toBe(pushedIndex.digest);
      expect(toLayout.manifestsCopied).toBe(3);
      expect(toLayout.blobsCopied).toBe(4); // two configs, two layers
      expect(JSON.parse(await readFile(join(dir, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
      const indexJson = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { manifests: Descriptor[] };
      expect(indexJson.manifests).toEqual([
        { mediaType: MEDIA_TYPE.ociIndex, digest: pushedIndex.digest, size: index.byteLength, annotations: { 'org.opencontainers.image.ref.name': '1.6.1' } },
      ]);
      expect((await readdir(join(dir, 'blobs', 'sha256'))).length).toBe(7); // index + 2 manifests + 4 blobs

      // Back into another repository through the reference-string entry point.
      const { target: back } = openTarget(`${registry.host}/team/from-layout`, { log: (l) => logLines.push(l) });
      const toRegistry = await copy(layout, back, '1.6.1');
      expect(toRegistry.descriptor.digest).toBe(pushedIndex.digest);
      expect(await back.listTags()).toEqual(['1.6.1']);
      const again = await copy(layout, back, '1.6.1', { tag: '1.6' });
      expect(again.blobsCopied).toBe(0);
      expect(again.blobsMounted).toBe(0);
      expect(again.blobsSkipped).toBe(4);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('copies a layout made from scratch (a Helm-chart-shaped artifact) to the registry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oci-layout-'));
    try {
      const layout = new OciLayoutTarget(dir);
      const chart = new Uint8Array(Buffer.from('not really a tgz, but bytes are bytes'));
      const configBytes = new TextEncoder().encode(JSON.stringify({ name: 'dot-ai', version: '1.6.1', appVersion: '1.6.1' }));
      const config = { mediaType: MEDIA_TYPE.helmConfig, digest: sha256Digest(configBytes), size: configBytes.byteLength };
      const layer = { mediaType: MEDIA_TYPE.helmChartContent, digest: sha256Digest(chart), size: chart.byteLength };
      const manifest = buildImageManifest({ config, layers: [layer] });
      await pushArtifact(layout, { blobs: [{ descriptor: config, content: configBytes }, { descriptor: layer, content: chart }], manifest: manifest.bytes, mediaType: manifest.mediaType, tag: '1.6.1' });
      const repo = client().repository('charts/dot-ai');
      const result = await copy(layout, repo, '1.6.1');
      expect(result.blobsCopied).toBe(2);
      const fetched = await repo.fetchBlob(layer.digest);
      expect(Buffer.from(fetched).toString()).toBe('not really a tgz, but bytes are bytes');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says "cannot reach registry" when nothing listens (real closed port)', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const down = new RegistryClient({ registry: `127.0.0.1:${port}`, retry: { sleep: async () => undefined } });
    const error = (await down.repository('team/app').resolve('1.6.1').catch((e: unknown) => e)) as RegistryError;
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe(`resolve 127.0.0.1:${port}/team/app:1.6.1: cannot reach registry 127.0.0.1:${port} (connection refused)`);
  });

  it('logged something, and nothing secret (anonymous run has no secrets, but tokens/headers would be masked)', () => {
    expect(logLines.length).toBeGreaterThan(10);
    expect(logLines.some((l) => /authorization/i.test(l))).toBe(false);
    expectNoSecrets(logLines, ['Basic ', 'Bearer ']);
  });
});
