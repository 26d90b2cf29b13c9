/**
 * One platform image of an OCI image layout (or any Target) as a `docker save` archive, for `docker
 * load`: how a release into a layout (the demo, local dry runs) starts each platform without a
 * registry. The config blob is copied as it is, so the loaded image's ID is the config digest the
 * layout holds; the layers go in compressed, as `docker load` reads them.
 */
import { open } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { parseManifestJson, type Descriptor, type Target } from '../oci/index.js';

const BLOCK = 512;
const CHUNK = 4 * 1024 * 1024;

/** A ustar header for a regular file (names here are short: digests and manifest.json). */
function header(name: string, size: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  const field = (value: string, offset: number, length: number): void => void h.write(value, offset, length, 'utf8');
  const octal = (value: number, offset: number, length: number): void => field(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length);
  field(name, 0, 100);
  octal(0o644, 100, 8);
  octal(0, 108, 8);
  octal(0, 116, 8);
  octal(size, 124, 12);
  octal(0, 136, 12);
  h.fill(' ', 148, 156); // checksum counted as spaces
  field('0', 156, 1);
  field('ustar\0', 257, 6);
  field('00', 263, 2);
  let sum = 0;
  for (const byte of h) sum += byte;
  octal(sum, 148, 7);
  h[155] = 0x20;
  return h;
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/**
 * Writes `file`: the image `manifestDigest` of `target` (a single-platform manifest) tagged
 * `repoTag`. Blobs are streamed from the target, never whole in memory.
 */
export async function writeDockerArchive(target: Target, manifestDigest: string, repoTag: string, file: string): Promise<void> {
  const { bytes } = await target.fetchManifest(manifestDigest);
  const manifest = parseManifestJson(bytes) as { config?: Descriptor; layers?: Descriptor[] };
  if (!manifest.config || !Array.isArray(manifest.layers)) throw new UserError(`${target.name}@${manifestDigest} is not a single-platform image`);
  const hex = (d: Descriptor) => d.digest.replace(/^sha256:/, '');
  const entries = [
    { name: `${hex(manifest.config)}.json`, descriptor: manifest.config },
    ...manifest.layers.map((layer) => ({ name: `${hex(layer)}.tar`, descriptor: layer })),
  ];
  const index = Buffer.from(JSON.stringify([{ Config: entries[0]!.name, RepoTags: [repoTag], Layers: entries.slice(1).map((e) => e.name) }]));
  const out = await open(file, 'w', 0o600);
  try {
    for (const { name, descriptor } of entries) {
      const source = await target.openBlob(descriptor);
      await out.write(header(name, source.size));
      for (let offset = 0; offset < source.size; offset += CHUNK) await out.write(await source.read(offset, Math.min(CHUNK, source.size - offset)));
      await out.write(padding(source.size));
    }
    await out.write(header('manifest.json', index.byteLength));
    await out.write(index);
    await out.write(padding(index.byteLength));
    await out.write(Buffer.alloc(BLOCK * 2)); // end of archive
  } finally {
    await out.close();
  }
}
