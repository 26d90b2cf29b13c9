import { UserError } from '../errors.js';
import { LayoutError, manifestReferences, MEDIA_TYPE, OciLayoutTarget, openRepository, RegistryError, type Credentials, type HttpTimeouts, type Target } from '../oci/index.js';
import type { ChartArtifact } from './artifact.js';
import { contentDigest, readTgz } from './archive.js';
import type { ChartDestination } from './destination.js';

export interface TargetOptions {
  credentials?: Credentials;
  plainHttp?: boolean;
  /** Deadlines of each registry request (defaults: see DEFAULT_TIMEOUTS; DOT_AI_RELEASE_HTTP_TIMEOUTS overrides). */
  timeouts?: Partial<HttpTimeouts>;
  log?: (line: string) => void;
}

/** A published chart package larger than this is not read back (Helm's own limit unpacked is 100 MiB). */
const MAX_CHART_PACKAGE_BYTES = 20 * 1024 * 1024;

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
  return openRepository(destination.registry, destination.repository, { credentials: options.credentials, plainHttp: options.plainHttp, timeouts: options.timeouts, log: options.log });
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
async function publishedContent(target: Target, tag: string): Promise<string | undefined> {
  // A registry's manifest is checked by the client (JSON, media type, digest); a layout's here.
  const { bytes, descriptor } = await target.fetchManifest(tag);
  const layer = manifestReferences(bytes, descriptor.mediaType).blobs.find((l) => l.mediaType === MEDIA_TYPE.helmChartContent);
  if (!layer) return undefined;
  if (layer.size > MAX_CHART_PACKAGE_BYTES) {
    throw new UserError(`${target.name}:${tag}: its chart layer claims ${layer.size} bytes, more than the ${MAX_CHART_PACKAGE_BYTES / (1024 * 1024)} MiB a chart package may have; not reading it`);
  }
  return contentDigest(readTgz(await target.fetchBlob(layer.digest, layer.size), `${target.name}:${tag}`));
}

/** Whether what `tag` points at (`current`) holds the same chart as `artifact` (by digest, else by its files). */
export async function samePublishedContent(target: Target, artifact: ChartArtifact, tag: string, current: string): Promise<boolean> {
  return current === artifact.manifestDigest || (await publishedContent(target, tag)) === artifact.contentDigest;
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
    if (await samePublishedContent(target, artifact, tag, current)) {
      return { status: 'already-published', digest: current, bytesUploaded: 0 };
    }
    if (!options.overwrite) {
      throw new UserError(
        `${target.name}:${tag} is already published with different content (${current}); a released version is immutable: bump the version, or set overwrite (--overwrite on the CLI) to replace it`,
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

  // Read it back. The tag is out by now (registries cannot take it back atomically, GHCR not at all
  // through the OCI API), so a failure here says plainly that it was pushed and is not verified.
  const unverified = (reason: string) =>
    new UserError(`${target.name}:${tag} was pushed (${pushed.digest}) but is not verified: ${reason}; check it before anyone installs it`);
  let resolved;
  let pulled;
  try {
    resolved = await target.resolve(tag);
    pulled = await target.fetchBlob(artifact.layer.digest, artifact.layer.size);
  } catch (err) {
    if (err instanceof UserError) throw unverified(err.message);
    throw err;
  }
  if (resolved.digest !== pushed.digest || pushed.digest !== artifact.manifestDigest) {
    throw unverified(`the tag resolves to ${resolved.digest}, not to the pushed ${artifact.manifestDigest}`);
  }
  const original = artifact.blobs[1]?.content as Uint8Array;
  if (Buffer.compare(Buffer.from(pulled), Buffer.from(original)) !== 0) {
    throw unverified('the chart read back differs from the packaged one');
  }
  return { status: current ? 'overwritten' : 'pushed', digest: pushed.digest, bytesUploaded };
}
