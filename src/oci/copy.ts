/** Copy an artifact (manifest or index, with children and blobs) between Targets, and push new artifacts. */
import { UserError } from '../errors.js';
import { isDigest, sha256Digest } from './digest.js';
import { MEDIA_TYPE } from './media-types.js';
import { RegistryRepository } from './registry.js';
import { manifestReferences, type BlobContent, type Descriptor, type Target } from './target.js';

export interface CopyOptions {
  /** Tag at the destination; default: `reference` when it is a tag, none (digest only) when it is a digest. */
  tag?: string;
  /** Blobs transferred at once (default 3). */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface CopyResult {
  descriptor: Descriptor;
  blobsCopied: number;
  blobsSkipped: number;
  /** Blobs linked by cross-repository mount instead of transferred (same registry). */
  blobsMounted: number;
  manifestsCopied: number;
}

const MAX_NESTING = 4;

/** Both repositories of one registry: blobs can be mounted instead of downloaded and uploaded. */
function mountSource(src: Target, dst: Target): string | undefined {
  if (!(src instanceof RegistryRepository) || !(dst instanceof RegistryRepository)) return undefined;
  if (src.client.registry !== dst.client.registry || src.repository === dst.repository) return undefined;
  return src.repository;
}

/** Run `work` over `items` with at most `limit` in flight. */
async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

/**
 * Copy `reference` from `src` to `dst`: children of an index first, then blobs (skipping those the
 * destination has), then the manifest itself, so a tag only ever appears over complete content.
 */
export async function copy(src: Target, dst: Target, reference: string, options: CopyOptions = {}): Promise<CopyResult> {
  const tag = options.tag ?? (isDigest(reference) ? undefined : reference);
  const log = options.log ?? (() => undefined);
  const result = { blobsCopied: 0, blobsSkipped: 0, blobsMounted: 0, manifestsCopied: 0 };
  const mountFrom = mountSource(src, dst);

  const copyManifest = async (ref: string, asTag: string | undefined, depth: number): Promise<Descriptor> => {
    // An index of indexes is legal; a deeper nesting is a source built to keep us busy.
    if (depth > MAX_NESTING) throw new UserError(`copy ${src.name}@${ref}: indexes nested over ${MAX_NESTING} levels deep`);
    const { bytes, descriptor } = await src.fetchManifest(ref);
    const refs = manifestReferences(bytes, descriptor.mediaType);
    for (const child of refs.manifests) await copyManifest(child.digest, undefined, depth + 1);
    await forEachLimited(refs.blobs, options.concurrency ?? 3, async (blob) => {
      if (await dst.blobExists(blob.digest)) {
        result.blobsSkipped++;
        return;
      }
      if (mountFrom !== undefined && dst instanceof RegistryRepository && (await dst.mountBlob(blob, mountFrom))) {
        result.blobsMounted++;
        return;
      }
      const uploaded = await dst.pushBlob(blob, await src.openBlob(blob));
      if (uploaded) result.blobsCopied++;
      else result.blobsSkipped++;
    });
    const pushed = await dst.pushManifest(bytes, descriptor.mediaType, asTag);
    result.manifestsCopied++;
    log(`oci: copied ${src.name}@${descriptor.digest} to ${dst.name}${asTag ? `:${asTag}` : ''}`);
    return pushed;
  };

  const descriptor = await copyManifest(reference, tag, 0);
  return { descriptor, ...result };
}

export interface ArtifactBlob {
  descriptor: Descriptor;
  content: BlobContent;
}

/** Descriptor for in-memory content. */
export function describeBytes(mediaType: string, bytes: Uint8Array, annotations?: Record<string, string>): Descriptor {
  const descriptor: Descriptor = { mediaType, digest: sha256Digest(bytes), size: bytes.byteLength };
  if (annotations) descriptor.annotations = annotations;
  return descriptor;
}

/** Canonical bytes of an OCI image manifest (used for Helm charts and other artifacts too). */
export function buildImageManifest(input: {
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
  artifactType?: string;
}): { bytes: Uint8Array; mediaType: string } {
  const manifest: Record<string, unknown> = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.ociManifest,
    ...(input.artifactType ? { artifactType: input.artifactType } : {}),
    config: input.config,
    layers: input.layers,
    ...(input.annotations ? { annotations: input.annotations } : {}),
  };
  return { bytes: new TextEncoder().encode(JSON.stringify(manifest)), mediaType: MEDIA_TYPE.ociManifest };
}

/** Push blobs (skipping present ones), then the manifest under `tag`: the tag appears last. */
export async function pushArtifact(
  target: Target,
  input: { blobs: ArtifactBlob[]; manifest: Uint8Array; mediaType: string; tag?: string; concurrency?: number },
): Promise<Descriptor> {
  await forEachLimited(input.blobs, input.concurrency ?? 3, async (blob) => {
    await target.pushBlob(blob.descriptor, blob.content);
  });
  return target.pushManifest(input.manifest, input.mediaType, input.tag);
}
