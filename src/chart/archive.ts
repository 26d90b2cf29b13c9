import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
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

/** Permissions of every file in a chart package (what `helm package` writes). */
const FILE_MODE = 0o644;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

/** One 512-byte ustar header. */
function tarHeader(name: string, size: number, mtime: number, type: '0' | 'x', prefix = ''): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, 'utf8');
  header.write(octal(FILE_MODE, 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii');
  header.write(octal(0, 8), 116, 'ascii');
  header.write(octal(size, 12), 124, 'ascii');
  header.write(octal(mtime, 12), 136, 'ascii');
  header.write('        ', 148, 'ascii'); // the checksum is computed with its own field as spaces
  header.write(type, 156, 'ascii');
  header.write('ustar\u000000', 257, 'ascii');
  header.write(octal(0, 8), 329, 'ascii');
  header.write(octal(0, 8), 337, 'ascii');
  header.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return header;
}

const padding = (size: number): Buffer => Buffer.alloc((512 - (size % 512)) % 512);

/** A ustar name: as is, split into prefix and name, or (too long for both) undefined: then a pax header carries it. */
function ustarName(name: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(name) <= 100) return { name, prefix: '' };
  for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { name: rest, prefix };
  }
  return undefined;
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (Buffer.byteLength(`${length}${body}`) !== length) length++;
  return `${length}${body}`;
}

/**
 * A .tgz of `entries` in the order given, reproducible: every file 0644, owned by 0:0, modified at
 * `mtime` (seconds since 1970), and a gzip header without a time or an operating system. The same
 * entries give the same bytes (with the same zlib: Node's bundled one).
 */
export function writeTgz(entries: readonly ArchiveEntry[], mtime: number): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const short = ustarName(entry.name);
    if (!short) {
      const pax = Buffer.from(paxRecord('path', entry.name), 'utf8');
      parts.push(tarHeader('PaxHeaders/entry', pax.length, mtime, 'x'), pax, padding(pax.length));
    }
    parts.push(tarHeader(short?.name ?? entry.name.slice(-100), entry.content.length, mtime, '0', short?.prefix), entry.content, padding(entry.content.length));
  }
  parts.push(Buffer.alloc(1024));
  const gz = gzipSync(Buffer.concat(parts), { level: 9 });
  gz[9] = 0xff; // the OS byte: "unknown", whatever system packs it
  return gz;
}

/** The chart an entry belongs to: `dot-ai/` for the chart's own files, `dot-ai/charts/qdrant/` for a subchart's. */
function chartOf(name: string): string {
  const parts = name.split('/');
  let chart = `${parts[0]}/`;
  for (let i = 1; parts[i] === 'charts' && i + 2 < parts.length; i += 2) chart += `charts/${parts[i + 1]}/`;
  return chart;
}

/**
 * `helm package` is not reproducible: it writes the time of packaging into every tar header, and
 * its subcharts in whichever order they finished loading (dex before qdrant, or after). So the
 * same chart packaged twice differs in bytes (and, compressed, in size). The package is rewritten
 * with the same files, each chart's files in helm's order, the charts ordered by path (the chart
 * itself first), and one fixed time: SOURCE_DATE_EPOCH when set, else 0 (1970).
 */
export function reproducibleChartPackage(tgz: Uint8Array, what: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && !/^\d+$/.test(epoch)) throw new UserError(`SOURCE_DATE_EPOCH: ${JSON.stringify(epoch)} is not a number of seconds since 1970`);
  const entries = readTgz(tgz, what).map((entry, i) => ({ entry, i, chart: chartOf(entry.name) }));
  entries.sort((a, b) => (a.chart === b.chart ? a.i - b.i : a.chart < b.chart ? -1 : 1));
  return writeTgz(entries.map((e) => e.entry), epoch ? Number(epoch) : 0);
}
