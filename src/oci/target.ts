/** What every place we copy artifacts between looks like: a registry repository or an OCI image-layout directory. */
import { isIndexMediaType } from './media-types.js';

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
  /** Whole blob, digest verified. */
  fetchBlob(digest: string): Promise<Uint8Array>;
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

function asDescriptor(value: unknown, where: string): Descriptor {
  if (typeof value !== 'object' || value === null) throw new Error(`malformed manifest: ${where} is not a descriptor`);
  const d = value as Partial<Descriptor>;
  if (typeof d.digest !== 'string' || typeof d.size !== 'number' || typeof d.mediaType !== 'string') {
    throw new Error(`malformed manifest: ${where} lacks mediaType/digest/size`);
  }
  return d as Descriptor;
}

export function parseManifestJson(bytes: Uint8Array): ManifestJson {
  const parsed: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('malformed manifest: not a JSON object');
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
