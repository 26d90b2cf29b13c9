/**
 * OCI image-layout directory as a Target (`oci-layout://PATH[:tag]`): `oci-layout`, `index.json`,
 * `blobs/sha256/<hex>`. Tags are `org.opencontainers.image.ref.name` annotations in index.json.
 * Every file is written to a temp file then renamed; index.json is updated last, so a crash never
 * leaves a tag pointing at missing content.
 */
import { UserError } from '../errors.js';
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { Sha256Accumulator, assertSha256Digest, isDigest, sha256Digest, verifyDigest } from './digest.js';
import { MEDIA_TYPE } from './media-types.js';
import { assertValidTag } from './reference.js';
import {
  declaredMediaType,
  manifestReferences,
  toBlobSource,
  type BlobContent,
  type BlobSource,
  type Descriptor,
  type FetchedManifest,
  type Target,
} from './target.js';

export const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
const LAYOUT_FILE_CONTENT = JSON.stringify({ imageLayoutVersion: '1.0.0' });
/** index.json larger than this is refused (an index of thousands of tags is well under 1 MiB). */
const MAX_INDEX_BYTES = 16 * 1024 * 1024;
/** Read size when streaming a blob file in or out. */
const READ_CHUNK = 4 * 1024 * 1024;

export class LayoutError extends UserError {
  override name = 'LayoutError';
  /** The layout, tag or blob does not exist (as a registry's 404): callers may treat it as "absent". */
  constructor(
    message: string,
    readonly notFound = false,
  ) {
    super(message);
  }
}

interface IndexJson {
  schemaVersion: 2;
  mediaType: string;
  manifests: Descriptor[];
  [key: string]: unknown;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Write via a sibling temp file and rename: readers see the old or the new file, never half of one. */
async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  await writeFile(temp, data);
  await rename(temp, path);
}

export class OciLayoutTarget implements Target {
  readonly path: string;
  readonly name: string;
  /** Serialises index.json read-modify-write cycles within this process. */
  private indexLock: Promise<unknown> = Promise.resolve();

  constructor(path: string) {
    this.path = resolvePath(path);
    this.name = `oci-layout://${this.path}`;
  }

  private blobPath(digest: string): string {
    assertSha256Digest(digest);
    const [algorithm, hex] = digest.split(':') as [string, string];
    return join(this.path, 'blobs', algorithm, hex);
  }

  /**
   * A layout we write holds no symlinks: one planted at `blobs`, `blobs/sha256`, `index.json` or
   * `oci-layout` would send our writes outside the directory the user named.
   */
  private async assertNoSymlinks(): Promise<void> {
    for (const entry of ['blobs', join('blobs', 'sha256'), 'index.json', 'oci-layout']) {
      const info = await lstat(join(this.path, entry)).catch(() => undefined);
      if (info?.isSymbolicLink()) throw new LayoutError(`${this.name}: ${entry} is a symlink; refusing to write through it`);
    }
  }

  /** Create `oci-layout`, an empty `index.json` and `blobs/sha256` when missing. */
  async init(): Promise<void> {
    await this.assertNoSymlinks();
    await mkdir(join(this.path, 'blobs', 'sha256'), { recursive: true });
    const layoutFile = join(this.path, 'oci-layout');
    if (!(await exists(layoutFile))) await writeAtomic(layoutFile, LAYOUT_FILE_CONTENT);
    const indexFile = join(this.path, 'index.json');
    if (!(await exists(indexFile))) {
      await writeAtomic(indexFile, JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPE.ociIndex, manifests: [] }));
    }
  }

  private async readIndex(): Promise<IndexJson> {
    const file = join(this.path, 'index.json');
    const info = await stat(file).catch(() => undefined);
    if (!info) throw new LayoutError(`${this.name} is not an OCI image layout: ${file} is missing`, true);
    // Never read a FIFO (it would block) or a file no index.json can be.
    if (!info.isFile()) throw new LayoutError(`${this.name}: ${file} is not a regular file`);
    if (info.size > MAX_INDEX_BYTES) throw new LayoutError(`${this.name}: ${file} is ${info.size} bytes, over the ${MAX_INDEX_BYTES / (1024 * 1024)} MiB an index may have`);
    const text = await readFile(file, 'utf8');
    let parsed: Partial<IndexJson>;
    try {
      parsed = JSON.parse(text) as Partial<IndexJson>;
    } catch {
      throw new LayoutError(`${this.name}: ${file} is not JSON`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new LayoutError(`${this.name}: ${file} is not a JSON object`);
    return { ...parsed, schemaVersion: 2, mediaType: parsed.mediaType ?? MEDIA_TYPE.ociIndex, manifests: Array.isArray(parsed.manifests) ? parsed.manifests : [] };
  }

  private async updateIndex(change: (index: IndexJson) => void): Promise<void> {
    const run = this.indexLock.then(async () => {
      await this.init();
      const index = await this.readIndex();
      change(index);
      await writeAtomic(join(this.path, 'index.json'), JSON.stringify(index, null, 2));
    });
    this.indexLock = run.catch(() => undefined);
    await run;
  }

  async resolve(reference: string): Promise<Descriptor> {
    const index = await this.readIndex();
    if (isDigest(reference)) {
      const listed = index.manifests.find((m) => m.digest === reference);
      if (listed) return stripRefName(listed);
      // Not a root (e.g. an index child): describe it from the blob itself.
      const bytes = await this.fetchBlob(reference);
      return { mediaType: declaredMediaType(bytes) ?? MEDIA_TYPE.ociManifest, digest: reference, size: bytes.byteLength };
    }
    const tagged = index.manifests.filter((m) => m.annotations?.[REF_NAME_ANNOTATION] === reference);
    const found = tagged.at(-1);
    if (!found) throw new LayoutError(`tag "${reference}" not found in ${this.name}`, true);
    return stripRefName(found);
  }

  async fetchManifest(reference: string): Promise<FetchedManifest> {
    const descriptor = await this.resolve(reference);
    const bytes = await this.fetchBlob(descriptor.digest);
    return { descriptor: { ...descriptor, size: bytes.byteLength }, bytes };
  }

  async blobExists(digest: string): Promise<boolean> {
    return exists(this.blobPath(digest));
  }

  async fetchBlob(digest: string, size?: number): Promise<Uint8Array> {
    const file = this.blobPath(digest);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) throw new LayoutError(`blob ${digest} not found in ${this.name}`, true);
    if (size !== undefined && info.size !== size) throw new LayoutError(`blob ${digest} in ${this.name} is ${info.size} bytes, its descriptor says ${size}`);
    const bytes = new Uint8Array(await readFile(file));
    verifyDigest(bytes, digest, `blob in ${this.name}`);
    return bytes;
  }

  async openBlob(descriptor: Descriptor): Promise<BlobSource> {
    const file = this.blobPath(descriptor.digest);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) throw new LayoutError(`blob ${descriptor.digest} not found in ${this.name}`, true);
    return {
      size: info.size,
      read: async (offset, length) => {
        const handle = await open(file, 'r');
        try {
          const buffer = new Uint8Array(length);
          const { bytesRead } = await handle.read(buffer, 0, length, offset);
          return buffer.subarray(0, bytesRead);
        } finally {
          await handle.close();
        }
      },
    };
  }

  async pushBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>, content: BlobContent): Promise<boolean> {
    const target = this.blobPath(descriptor.digest);
    if (await exists(target)) return false;
    await this.init();
    const source = toBlobSource(content);
    const temp = `${target}.tmp-${randomBytes(6).toString('hex')}`;
    const hash = new Sha256Accumulator();
    const handle = await open(temp, 'w');
    try {
      for (let offset = 0; offset < source.size; ) {
        const chunk = await source.read(offset, Math.min(READ_CHUNK, source.size - offset));
        if (chunk.byteLength === 0) break;
        hash.update(chunk);
        await handle.write(chunk);
        offset += chunk.byteLength;
      }
    } finally {
      await handle.close();
    }
    const digest = hash.digest();
    const size = (await stat(temp)).size;
    if (digest !== descriptor.digest || size !== descriptor.size) {
      await rm(temp, { force: true });
      throw new LayoutError(`blob for ${this.name} hashes to ${digest} (${size} bytes), expected ${descriptor.digest} (${descriptor.size} bytes)`);
    }
    await mkdir(dirname(target), { recursive: true });
    await rename(temp, target);
    return true;
  }

  async pushManifest(bytes: Uint8Array, mediaType: string, tag?: string): Promise<Descriptor> {
    if (tag !== undefined) assertValidTag(tag);
    const refs = manifestReferences(bytes, mediaType);
    for (const needed of [...refs.blobs, ...refs.manifests]) {
      if (!(await this.blobExists(needed.digest))) {
        throw new LayoutError(`cannot store manifest in ${this.name}: it references ${needed.digest}, which is not in the layout`);
      }
    }
    const descriptor: Descriptor = { mediaType, digest: sha256Digest(bytes), size: bytes.byteLength };
    await this.pushBlob(descriptor, bytes);
    // Only tagged manifests become roots in index.json; index children stay plain blobs.
    if (tag !== undefined) await this.setTag(descriptor, tag);
    return descriptor;
  }

  private async setTag(descriptor: Descriptor, tag: string): Promise<void> {
    await this.updateIndex((index) => {
      index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME_ANNOTATION] !== tag);
      index.manifests.push({ ...stripRefName(descriptor), annotations: { ...descriptor.annotations, [REF_NAME_ANNOTATION]: tag } });
    });
  }

  async tag(reference: string, newTag: string): Promise<Descriptor> {
    assertValidTag(newTag);
    const descriptor = await this.resolve(reference);
    await this.setTag(descriptor, newTag);
    return descriptor;
  }

  async listTags(): Promise<string[]> {
    const index = await this.readIndex();
    const tags = index.manifests.map((m) => m.annotations?.[REF_NAME_ANNOTATION]).filter((t): t is string => t !== undefined);
    return [...new Set(tags)];
  }
}

function stripRefName(descriptor: Descriptor): Descriptor {
  const { annotations, ...rest } = descriptor;
  if (!annotations) return rest;
  const { [REF_NAME_ANNOTATION]: _refName, ...others } = annotations;
  return Object.keys(others).length > 0 ? { ...rest, annotations: others } : rest;
}
