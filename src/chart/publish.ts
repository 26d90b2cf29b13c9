import { UserError } from '../errors.js';
import { LayoutError, MEDIA_TYPE, OciLayoutTarget, RegistryClient, RegistryError, type Credentials, type Target } from '../oci/index.js';
import type { ChartArtifact } from './artifact.js';
import { contentDigest, readTgz } from './archive.js';
import type { ChartDestination } from './destination.js';

export interface TargetOptions {
  credentials?: Credentials;
  plainHttp?: boolean;
  log?: (line: string) => void;
}

export interface PublishOptions {
  /** Replace a published version whose content differs. */
  overwrite?: boolean;
}

export interface PublishResult {
  status: 'pushed' | 'already-published' | 'overwritten';
  digest: string;
  bytesUploaded: number;
}

export async function openChartTarget(destination: ChartDestination, options: TargetOptions): Promise<Target> {
  // A layout is created only when something is published into it (publishChart).
  if (destination.kind === 'layout') return new OciLayoutTarget(destination.dir);
  const client = new RegistryClient({
    registry: destination.registry,
    credentials: options.credentials,
    plainHttp: options.plainHttp,
    log: options.log,
  });
  return client.repository(destination.repository);
}

/** The digest `tag` points at now, or undefined when it is not published. Read-only. */
export async function publishedDigest(target: Target, tag: string): Promise<string | undefined> {
  try {
    return (await target.resolve(tag)).digest;
  } catch (err) {
    if (err instanceof RegistryError && err.kind === 'not-found') return undefined;
    if (err instanceof LayoutError && err.notFound) return undefined;
    throw err;
  }
}

/** What the chart published under `tag` holds, as a content digest (timestamps ignored). */
export async function publishedContent(target: Target, tag: string): Promise<string | undefined> {
  const manifest = JSON.parse(new TextDecoder().decode((await target.fetchManifest(tag)).bytes)) as { layers?: { mediaType?: string; digest?: string }[] };
  const layer = manifest.layers?.find((l) => l.mediaType === MEDIA_TYPE.helmChartContent);
  if (!layer?.digest) return undefined;
  return contentDigest(readTgz(await target.fetchBlob(layer.digest), `${target.name}:${tag}`));
}

/**
 * Idempotent push of a chart version, given what its tag points at now (`publishedDigest`). Absent: push, blobs first, the tag last (a failed upload
 * leaves no tag pointing at an incomplete artifact). Present with the same content: nothing is
 * uploaded ("already published"). Present with other content: refused unless `overwrite`.
 * After a push, the tag must resolve to the pushed manifest and the chart layer must read back equal.
 */
export async function publishChart(
  target: Target,
  artifact: ChartArtifact,
  tag: string,
  options: PublishOptions,
  current: string | undefined,
): Promise<PublishResult> {
  if (current) {
    if (current === artifact.manifestDigest || (await publishedContent(target, tag)) === artifact.contentDigest) {
      return { status: 'already-published', digest: current, bytesUploaded: 0 };
    }
    if (!options.overwrite) {
      throw new UserError(
        `${target.name}:${tag} is already published with different content (${current}); a released version is immutable: bump the version, or pass overwrite to replace it`,
      );
    }
  }
  if (target instanceof OciLayoutTarget) await target.init(); // creates the layout on first use, keeps an existing one
  let bytesUploaded = 0;
  // Blobs first (side by side; present ones are skipped), the tag last.
  const uploaded = await Promise.all(artifact.blobs.map((blob) => target.pushBlob(blob.descriptor, blob.content)));
  artifact.blobs.forEach((blob, i) => (bytesUploaded += uploaded[i] ? blob.descriptor.size : 0));
  const pushed = await target.pushManifest(artifact.manifest, artifact.mediaType, tag);
  bytesUploaded += artifact.manifest.byteLength;

  const resolved = await target.resolve(tag);
  if (resolved.digest !== pushed.digest || pushed.digest !== artifact.manifestDigest) {
    throw new UserError(`${target.name}:${tag} resolves to ${resolved.digest} after the push, not to the pushed ${artifact.manifestDigest}`);
  }
  const pulled = await target.fetchBlob(artifact.layer.digest);
  const original = artifact.blobs[1]?.content as Uint8Array;
  if (Buffer.compare(Buffer.from(pulled), Buffer.from(original)) !== 0) {
    throw new UserError(`${target.name}:${tag}: the chart read back differs from the packaged one`);
  }
  return { status: current ? 'overwritten' : 'pushed', digest: pushed.digest, bytesUploaded };
}
