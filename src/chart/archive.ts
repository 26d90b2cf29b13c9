import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { UserError } from '../errors.js';

const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

export interface ArchiveEntry {
  name: string;
  content: Buffer;
}

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

/** Regular files of a .tgz (ustar, with pax/GNU long names), enough to read a Helm chart package. */
export function readTgz(bytes: Uint8Array, what: string): ArchiveEntry[] {
  let tar: Buffer;
  try {
    // Helm's own cap on an unpacked chart: a package from a registry may be a gzip bomb.
    tar = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new UserError(`${what}: unpacks to more than ${MAX_UNPACKED_BYTES / (1024 * 1024)} MiB (Helm's limit for a chart)`);
    throw new UserError(`${what}: not a gzip archive (${(err as Error).message})`);
  }
  const entries: ArchiveEntry[] = [];
  let longName: string | undefined;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 48);
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    const content = tar.subarray(offset + 512, offset + 512 + size);
    longName = undefined;
    if (type === 'L') longName = content.toString('utf8').replace(/\0+$/, '');
    else if (type === 'x') longName = /\d+ path=([^\n]*)\n/.exec(content.toString('utf8'))?.[1];
    else if (type === '0' || type === '\0') entries.push({ name, content: Buffer.from(content) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

/**
 * A digest of what a chart package holds (file names and bytes), blind to tar and gzip
 * timestamps: two `helm package` runs of the same chart differ in bytes but not in this.
 */
export function contentDigest(entries: ArchiveEntry[]): string {
  const hash = createHash('sha256');
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${entry.name}\0${entry.content.length}\0`);
    hash.update(entry.content);
  }
  return `sha256:${hash.digest('hex')}`;
}
