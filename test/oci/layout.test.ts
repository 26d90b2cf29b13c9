/** The OCI image-layout Target on a real temp directory. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copy, LayoutError, MEDIA_TYPE, OciLayoutTarget, openTarget, pushArtifact, sha256Digest } from '../../src/oci/index.js';
import { makeArtifact } from './fixtures-helpers.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-layout-test-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('OCI image layout target', () => {
  it('writes oci-layout, blobs and an index.json entry tagged with ref.name, leaving no temp files', async () => {
    const layout = new OciLayoutTarget(join(dir, 'out'));
    const artifact = makeArtifact([100, 200]);
    const pushed = await pushArtifact(layout, { ...artifact, tag: '1.6.1' });
    expect(await readFile(join(dir, 'out', 'oci-layout'), 'utf8')).toBe('{"imageLayoutVersion":"1.0.0"}');
    const index = JSON.parse(await readFile(join(dir, 'out', 'index.json'), 'utf8')) as Record<string, unknown>;
    expect(index).toEqual({
      schemaVersion: 2,
      mediaType: MEDIA_TYPE.ociIndex,
      manifests: [{ mediaType: MEDIA_TYPE.ociManifest, digest: pushed.digest, size: artifact.manifest.byteLength, annotations: { 'org.opencontainers.image.ref.name': '1.6.1' } }],
    });
    const blobs = await readdir(join(dir, 'out', 'blobs', 'sha256'));
    expect(blobs.sort()).toEqual([pushed.digest, ...artifact.blobs.map((b) => b.descriptor.digest)].map((d) => d.slice(7)).sort());
    expect((await readdir(join(dir, 'out'))).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(await layout.resolve('1.6.1')).toEqual({ mediaType: MEDIA_TYPE.ociManifest, digest: pushed.digest, size: artifact.manifest.byteLength });
  });

  it('retags without duplicating, lists tags, and resolves untagged manifests by digest', async () => {
    const layout = new OciLayoutTarget(dir);
    const artifact = makeArtifact([10]);
    const first = await pushArtifact(layout, { ...artifact, tag: 'rc' });
    await layout.tag('rc', '1.6.1');
    await layout.tag('rc', '1.6.1');
    expect((await layout.listTags()).sort()).toEqual(['1.6.1', 'rc']);
    const other = makeArtifact([10]);
    const untagged = await pushArtifact(layout, other);
    expect((await layout.listTags()).length).toBe(2);
    expect((await layout.resolve(untagged.digest)).mediaType).toBe(MEDIA_TYPE.ociManifest);
    // Re-pointing a tag replaces its entry.
    await layout.tag(untagged.digest, 'rc');
    expect((await layout.resolve('rc')).digest).toBe(untagged.digest);
    expect((await layout.resolve('1.6.1')).digest).toBe(first.digest);
  });

  it('refuses a manifest whose blobs are missing and leaves index.json untouched', async () => {
    const layout = new OciLayoutTarget(dir);
    await layout.init();
    const before = await readFile(join(dir, 'index.json'), 'utf8');
    const artifact = makeArtifact([10]);
    await expect(layout.pushManifest(artifact.manifest, artifact.mediaType, '1.6.1')).rejects.toThrow(LayoutError);
    expect(await readFile(join(dir, 'index.json'), 'utf8')).toBe(before);
  });

  it('rejects content that does not match its digest, and corrupted blobs on read', async () => {
    const layout = new OciLayoutTarget(dir);
    const bytes = new TextEncoder().encode('hello');
    await expect(layout.pushBlob({ digest: sha256Digest(new TextEncoder().encode('other')), size: 5 }, bytes)).rejects.toThrow(/hashes to/);
    expect((await readdir(join(dir, 'blobs', 'sha256'))).length).toBe(0);
    await layout.pushBlob({ digest: sha256Digest(bytes), size: 5 }, bytes);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'blobs', 'sha256', sha256Digest(bytes).slice(7)), 'HELLO');
    await expect(layout.fetchBlob(sha256Digest(bytes))).rejects.toThrow('digest mismatch');
  });

  it('says what is missing for an unknown tag or a directory that is not a layout', async () => {
    await expect(new OciLayoutTarget(join(dir, 'nope')).resolve('1.6.1')).rejects.toThrow(/is not an OCI image layout: .*index\.json is missing/);
    const layout = new OciLayoutTarget(dir);
    await layout.init();
    await expect(layout.resolve('1.6.1')).rejects.toThrow(`tag "1.6.1" not found in oci-layout://${dir}`);
  });

  it('copies layout to layout through openTarget, reading blobs from files in pieces', async () => {
    const { target: src } = openTarget(`oci-layout://${join(dir, 'a')}:1.6.1`);
    const artifact = makeArtifact([5 * 1024 * 1024]);
    await pushArtifact(src, { ...artifact, tag: '1.6.1' });
    const dst = new OciLayoutTarget(join(dir, 'b'));
    const result = await copy(src, dst, '1.6.1', { tag: 'copied' });
    expect(result).toMatchObject({ blobsCopied: 2, blobsSkipped: 0, manifestsCopied: 1 });
    expect(await dst.listTags()).toEqual(['copied']);
    const layer = artifact.blobs[1]!.descriptor;
    expect((await dst.fetchBlob(layer.digest)).byteLength).toBe(layer.size);
  });
});
