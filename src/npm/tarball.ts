/**
 * The package tarball: packed once (`npm pack` into a directory outside the work tree), then
 * published as it is, after the smoke gate (in a workflow: by the next job, the file handed over).
 * Its identity is what the registry records for it: the sha512 integrity and sha1 shasum of its bytes.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { UserError } from '../errors.js';
import { readPackageJson, type NpmJob } from './job.js';
import { temporaryDir } from './temp.js';

export interface NpmTarball {
  /** Absolute path of the .tgz. */
  path: string;
  /** The package's name and version as the tarball's own package.json says. */
  name: string;
  version: string;
  /** `sha512-<base64>` of the bytes: npm's dist.integrity. */
  integrity: string;
  /** sha1 hex of the bytes: npm's dist.shasum. */
  shasum: string;
  size: number;
}

/** npm's integrity and shasum of some bytes. */
export function tarballDigests(bytes: Uint8Array): { integrity: string; shasum: string } {
  return { integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`, shasum: createHash('sha1').update(bytes).digest('hex') };
}

/** A package.json inside a tarball larger than this is refused (it is read into memory). */
const MAX_MANIFEST_BYTES = 1024 * 1024;
/** A tarball that unpacks to more than this is refused (npmjs's own limit on a package is far below). */
const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024;

function tarField(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

/**
 * Walks a tar stream header by header, keeping only the entry it looks for (and long-name records):
 * everything else is skipped without being held in memory.
 */
class TarWalker {
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes of the current entry's data (padded to 512) still to pass. */
  private remaining = 0;
  private keep: { kind: 'L' | 'x' | 'wanted'; size: number; parts: Buffer[] } | undefined;
  private longName: string | undefined;
  found: Buffer | undefined;

  constructor(
    private readonly wanted: (name: string) => boolean,
    private readonly what: string,
  ) {}

  push(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    while (this.found === undefined) {
      if (this.remaining > 0) {
        if (this.pending.length === 0) return;
        const take = Math.min(this.remaining, this.pending.length);
        this.keep?.parts.push(this.pending.subarray(0, take));
        this.remaining -= take;
        this.pending = this.pending.subarray(take);
        if (this.remaining === 0) this.entryDone();
        continue;
      }
      if (this.pending.length < 512) return;
      const header = this.pending.subarray(0, 512);
      this.pending = this.pending.subarray(512);
      if (header.every((b) => b === 0)) continue;
      const size = parseInt(tarField(header, 124, 12).trim() || '0', 8);
      const type = String.fromCharCode(header[156] ?? 48);
      const prefix = tarField(header, 345, 155);
      const name = this.longName ?? (prefix ? `${prefix}/${tarField(header, 0, 100)}` : tarField(header, 0, 100));
      this.remaining = Math.ceil(size / 512) * 512;
      this.keep = undefined;
      if (type === 'L' || type === 'x') {
        if (size > MAX_MANIFEST_BYTES) throw new UserError(`${this.what}: a tar header record of ${size} bytes; not an npm package tarball`);
        this.keep = { kind: type, size, parts: [] };
      } else {
        this.longName = undefined;
        if ((type === '0' || type === '\0') && this.wanted(name)) {
          if (size > MAX_MANIFEST_BYTES) throw new UserError(`${this.what}: its package.json is larger than 1 MiB`);
          this.keep = { kind: 'wanted', size, parts: [] };
        }
      }
      if (this.remaining === 0) this.entryDone();
    }
  }

  private entryDone(): void {
    const keep = this.keep;
    this.keep = undefined;
    if (!keep) return;
    const data = Buffer.concat(keep.parts).subarray(0, keep.size);
    if (keep.kind === 'wanted') this.found = data;
    else if (keep.kind === 'L') this.longName = data.toString('utf8').replace(/\0+$/, '');
    else this.longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1] ?? this.longName;
  }
}

/**
 * `package/package.json` of an npm tarball (its first directory is the package, whatever its
 * name), read by streaming through the archive within a cap on what it unpacks to.
 */
export async function tarballManifest(file: string): Promise<{ name?: unknown; version?: unknown }> {
  const what = path.basename(file);
  const walker = new TarWalker((name) => /^[^/]+\/package\.json$/.test(name), what);
  const stream = createReadStream(file).pipe(createGunzip());
  let unpacked = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      unpacked += chunk.length;
      if (unpacked > MAX_UNPACKED_BYTES) throw new UserError(`${what}: unpacks to more than ${MAX_UNPACKED_BYTES / 1024 ** 3} GiB; not an npm package this step publishes`);
      walker.push(chunk);
      if (walker.found) break;
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${what}: not a gzip'd tar archive (${(error as Error).message})`);
  } finally {
    stream.destroy();
  }
  if (!walker.found) throw new UserError(`${what}: holds no package.json; not an npm package tarball`);
  try {
    return JSON.parse(walker.found.toString('utf8')) as { name?: unknown; version?: unknown };
  } catch {
    throw new UserError(`${what}: its package.json is not JSON`);
  }
}

/** The tarball at `file`: its digests, and the name and version its package.json declares. */
export async function readTarball(file: string): Promise<NpmTarball> {
  const bytes = readFileSync(file);
  const manifest = await tarballManifest(file);
  if (typeof manifest.name !== 'string' || typeof manifest.version !== 'string') throw new UserError(`${path.basename(file)}: its package.json has no name or version`);
  return { path: file, name: manifest.name, version: manifest.version, ...tarballDigests(bytes), size: bytes.length };
}

/** Refuses a tarball that is not this job's package at this version. */
export function checkTarball(tarball: NpmTarball, job: Pick<NpmJob, 'name' | 'version'>, what: string): void {
  if (tarball.name !== job.name || tarball.version !== job.version) {
    throw new UserError(`${what}: ${path.basename(tarball.path)} holds ${tarball.name}@${tarball.version}, not ${job.name}@${job.version}`);
  }
}

/**
 * Packs the package once: `npm pack` in its directory, into a fresh directory outside the work
 * tree (never a .tgz in the repository), then moved into `job.tarballDir` when one is given.
 * package.json must hold the release version by then (the version step wrote it).
 */
export async function packPackage(job: NpmJob, signal?: AbortSignal): Promise<{ tarball: NpmTarball; temporary: string[] }> {
  const { file, json } = readPackageJson(job.root, job.packageDir);
  if (json.version !== job.version) {
    throw new UserError(`${file}: version is ${JSON.stringify(json.version)}, not the release's ${job.version}: the version step writes it before the package is packed`);
  }
  const dir = temporaryDir(job.root, 'dot-ai-release-npm-pack-', job.env);
  const temporary = [dir];
  try {
    const report = await job.npm.pack(job.packageDir, dir, { signal });
    const written = readdirSync(dir).filter((f) => f.endsWith('.tgz'));
    if (written.length !== 1) throw new UserError(`npm pack (in ${file.replace(/package\.json$/, '') || '.'}) wrote ${written.length} tarballs, expected one`);
    let tgz = path.join(dir, written[0]!);
    if (job.tarballDir) {
      const kept = path.join(job.tarballDir, written[0]!);
      try {
        renameSync(tgz, kept);
      } catch {
        copyFileSync(tgz, kept); // another file system
      }
      tgz = kept;
    }
    const tarball = await readTarball(tgz);
    checkTarball(tarball, job, 'npm pack');
    if (report && report.integrity !== tarball.integrity) throw new UserError(`npm pack reported integrity ${report.integrity}, but ${path.basename(tgz)} has ${tarball.integrity}`);
    return { tarball, temporary: job.tarballDir ? (rmSync(dir, { recursive: true, force: true }), []) : temporary };
  } catch (error) {
    for (const d of temporary) rmSync(d, { recursive: true, force: true });
    throw error;
  }
}
