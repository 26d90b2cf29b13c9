/** What every place we copy artifacts between looks like: a registry repository or an OCI image-layout directory. */
import { UserError } from '../errors.js';
import { isIndexMediaType } from './media-types.js';

/** A manifest that is not JSON, or whose descriptors lack what the image spec requires. */
export class ManifestError extends UserError {
  override name = 'ManifestError';
}

export interface Platform {
  architecture: string;
  os: string;
  variant?: string;
}

/** OCI content descriptor. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: Platform;
  artifactType?: string;
}

export interface FetchedManifest {
  descriptor: Descriptor;
  /** The exact bytes: re-pushing them keeps the digest (JSON re-serialisation would not). */
  bytes: Uint8Array;
}

/** Blob content read on demand, so large layers need not sit in memory and a retry can re-read. */
export interface BlobSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export type BlobContent = Uint8Array | BlobSource;

export interface Target {
  /** Human name for messages, e.g. `127.0.0.1:5000/charts/dot-ai` or `oci-layout:///tmp/x`. */
  readonly name: string;
  /** Tag or digest → descriptor of the manifest/index. */
  resolve(reference: string): Promise<Descriptor>;
  fetchManifest(reference: string): Promise<FetchedManifest>;
  blobExists(digest: string): Promise<boolean>;
  /** Whole blob, digest verified; with `size` (from its descriptor) it must be exactly that long. */
  fetchBlob(digest: string, size?: number): Promise<Uint8Array>;
  /** Blob as a source to stream into another target (digest verified by the pushing side). */
  openBlob(descriptor: Descriptor): Promise<BlobSource>;
  /** Upload unless present (then false); content must hash to descriptor.digest. */
  pushBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>, content: BlobContent): Promise<boolean>;
  /**
   * Store a manifest or index under `tag` (or only by digest when tag is undefined). Every blob and
   * child manifest it references must already be present, or this throws before writing anything.
   */
  pushManifest(bytes: Uint8Array, mediaType: string, tag?: string): Promise<Descriptor>;
  /** Point `newTag` at the manifest `reference` already names, without moving any blob. */
  tag(reference: string, newTag: string): Promise<Descriptor>;
  listTags(): Promise<string[]>;
}

export function bytesSource(bytes: Uint8Array): BlobSource {
  return { size: bytes.byteLength, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

export function toBlobSource(content: BlobContent): BlobSource {
  return content instanceof Uint8Array ? bytesSource(content) : content;
}

interface ManifestJson {
  mediaType?: unknown;
  config?: unknown;
  layers?: unknown;
  manifests?: unknown;
}

const DESCRIPTOR_DIGEST_RE = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

function asDescriptor(value: unknown, where: string): Descriptor {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ManifestError(`malformed manifest: ${where} is not a descriptor`);
  const d = value as Partial<Descriptor>;
  if (typeof d.digest !== 'string' || typeof d.size !== 'number' || typeof d.mediaType !== 'string') {
    throw new ManifestError(`malformed manifest: ${where} lacks mediaType/digest/size`);
  }
  if (!DESCRIPTOR_DIGEST_RE.test(d.digest)) throw new ManifestError(`malformed manifest: ${where} has a malformed digest`);
  if (!Number.isSafeInteger(d.size) || d.size < 0) throw new ManifestError(`malformed manifest: ${where} has a size that is not a whole number of bytes`);
  return d as Descriptor;
}

export function parseManifestJson(bytes: Uint8Array): ManifestJson {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new ManifestError(bytes.byteLength === 0 ? 'malformed manifest: empty' : 'malformed manifest: not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ManifestError('malformed manifest: not a JSON object');
  return parsed as ManifestJson;
}

/** The media type a manifest declares about itself (OCI manifests should, Docker v2 always do). */
export function declaredMediaType(bytes: Uint8Array): string | undefined {
  const { mediaType } = parseManifestJson(bytes);
  return typeof mediaType === 'string' ? mediaType : undefined;
}

export interface ManifestReferences {
  /** Child manifests of an index. */
  manifests: Descriptor[];
  /** Config and layers of an image/artifact manifest. */
  blobs: Descriptor[];
}

/** What a manifest points at: must all exist before the manifest may be pushed. */
export function manifestReferences(bytes: Uint8Array, mediaType: string): ManifestReferences {
  const json = parseManifestJson(bytes);
  if (json.manifests !== undefined && !Array.isArray(json.manifests)) throw new ManifestError('malformed manifest: manifests is not a list');
  if (json.layers !== undefined && !Array.isArray(json.layers)) throw new ManifestError('malformed manifest: layers is not a list');
  if (isIndexMediaType(mediaType) || Array.isArray(json.manifests)) {
    const manifests = Array.isArray(json.manifests) ? json.manifests : [];
    return { manifests: manifests.map((m, i) => asDescriptor(m, `manifests[${i}]`)), blobs: [] };
  }
  const blobs: Descriptor[] = [];
  if (json.config !== undefined) blobs.push(asDescriptor(json.config, 'config'));
  const layers = Array.isArray(json.layers) ? json.layers : [];
  layers.forEach((l, i) => blobs.push(asDescriptor(l, `layers[${i}]`)));
  return { manifests: [], blobs };
}
