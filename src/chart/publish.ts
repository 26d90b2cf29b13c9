import { UserError } from '../errors.js';
import { OciLayoutTarget, pushArtifact, RegistryClient, RegistryError, type Credentials, type Target } from '../oci/index.js';
import type { ChartArtifact } from './artifact.js';
import { contentDigest, readTgz } from './archive.js';
import type { ChartDestination } from './destination.js';

export interface PublishOptions {
  credentials?: Credentials;
  plainHttp?: boolean;
  overwrite?: boolean;
  log?: (line: string) => void;
}

export interface PublishResult {
  status: 'pushed' | 'already-published' | 'overwritten';
  digest: string;
  bytesUploaded: number;
}

export async function openChartTarget(destination: ChartDestination, options: PublishOptions): Promise<Target> {
  if (destination.kind === 'layout') {
    const layout = new OciLayoutTarget(destination.dir);
    await layout.init(); // creates the layout on first use, keeps an existing one
    return layout;
  }
  const client = new RegistryClient({
    registry: destination.registry,
    credentials: options.credentials,
    plainHttp: options.plainHttp,
    log: options.log,
  });
  return client.repository(destination.repository);
}

async function existing(target: Target, tag: string): Promise<string | undefined> {
  try {
    return (await target.resolve(tag)).digest;
  } catch (err) {
    if (err instanceof RegistryError && err.kind === 'not-found') return undefined;
    if (!(err instanceof RegistryError) && /not found|no such|unknown/i.test((err as Error).message)) return undefined;
    throw err;
  }
}

/** What the chart published under `tag` holds, as a content digest (timestamps ignored). */
async function publishedContent(target: Target, tag: string): Promise<string | undefined> {
  const manifest = JSON.parse(new TextDecoder().decode((await target.fetchManifest(tag)).bytes)) as { layers?: { mediaType?: string; digest?: string }[] };
  const layer = manifest.layers?.find((l) => l.mediaType === 'application/vnd.cncf.helm.chart.content.v1.tar+gzip');
  if (!layer?.digest) return undefined;
  return contentDigest(readTgz(await target.fetchBlob(layer.digest), `${target.name}:${tag}`));
}

/**
 * Idempotent push of a chart version. Absent: push, blobs first, the tag last (a failed upload
 * leaves no tag pointing at an incomplete artifact). Present with the same content: nothing is
 * uploaded ("already published"). Present with other content: refused unless `overwrite`.
 * After a push, the tag must resolve to the pushed manifest and the chart layer must read back equal.
 */
export async function publishChart(target: Target, artifact: ChartArtifact, tag: string, options: PublishOptions): Promise<PublishResult> {
  const current = await existing(target, tag);
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
  let bytesUploaded = 0;
  for (const blob of artifact.blobs) if (!(await target.blobExists(blob.descriptor.digest))) bytesUploaded += blob.descriptor.size;
  const pushed = await pushArtifact(target, { blobs: artifact.blobs, manifest: artifact.manifest, mediaType: artifact.mediaType, tag });
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
