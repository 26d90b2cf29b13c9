import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { visible } from '../report/escape.js';

/**
 * The one way repository files are read. It refuses, with one line naming the file:
 * - anything that is not a regular file: a FIFO would block the read forever, a directory
 *   crash it, a device stream without end;
 * - a symlink whose target lies outside the repository;
 * - every file-system failure (missing, permission denied, a loop of links), as a UserError;
 * and caps what it reads, so no file can exhaust memory.
 */

/** What a file is, for messages, when it is not a regular file. */
export function describeKind(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** A file-system error as the end of a one-line message (`not found`, `cannot read (permission denied)`). */
export function describeFsError(err: unknown, verb = 'read'): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'not found';
    case 'ENOTDIR':
      return 'not found (a folder in its path is a file)';
    case 'EACCES':
    case 'EPERM':
      return `cannot ${verb} (permission denied)`;
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'is a loop of symlinks';
    case 'ENAMETOOLONG':
      return 'has too long a path';
    case 'ENOSPC':
    case 'EDQUOT':
      return `cannot ${verb} (no space left on the device)`;
    case 'EROFS':
      return `cannot ${verb} (read-only file system)`;
    case 'EIO':
      return `cannot ${verb} (input/output error)`;
    default:
      return `cannot ${verb} (${code ?? (err as Error)?.message ?? String(err)})`;
  }
}

const realRoots = new Map<string, string>();

/** The real repository root (symlinks resolved), to compare real paths against. */
export function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    try {
      real = realpathSync.native(root);
    } catch (err) {
      throw new UserError(`${visible(root)}: ${describeFsError(err)}`);
    }
    realRoots.set(root, real);
  }
  return real;
}

/** True when `real` (a real path) is the repository root or inside it. */
export function isInside(realRootDir: string, real: string): boolean {
  return real === realRootDir || real.startsWith(realRootDir.endsWith(path.sep) ? realRootDir : `${realRootDir}${path.sep}`);
}

export interface ResolvedFile {
  /** Repository-relative path as configured or found (forward slashes), for messages. */
  file: string;
  /** The path as given (may be a symlink). */
  absolute: string;
  /** Where the bytes live (symlinks followed), inside the repository. */
  real: string;
  stat: Stats;
}

/**
 * Resolves an existing repository file: follows symlinks (the target must stay inside the
 * repository) and refuses what is not a regular file. `what` prefixes messages (default: the file).
 */
export function resolveRepoFile(root: string, file: string, what: string = file): ResolvedFile {
  const absolute = path.join(root, file);
  const name = visible(what);
  let real: string;
  try {
    real = realpathSync.native(absolute);
  } catch (err) {
    throw new UserError(`${name}: ${describeFsError(err)}`);
  }
  if (!isInside(realRoot(root), real)) {
    throw new UserError(`${name}: "${visible(file)}" is a symlink to ${visible(real)}, outside the repository`);
  }
  let stat: Stats;
  try {
    stat = statSync(real);
  } catch (err) {
    throw new UserError(`${name}: ${describeFsError(err)}`);
  }
  const kind = describeKind(stat);
  if (kind) throw new UserError(`${name}: is ${kind}, not a regular file`);
  return { file, absolute, real, stat };
}

/** Files this tool reads whole; larger ones are refused by name (or, for scanned text, searched in pieces). */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/**
 * Reads a repository file's bytes (see the module comment for what it refuses). The open is
 * non-blocking and the opened file is checked again, so a FIFO swapped in after the check
 * cannot hang the read either.
 */
export function readRepoBytes(root: string, file: string, what: string = file, maxBytes = MAX_READ_BYTES, resolved = resolveRepoFile(root, file, what)): Buffer {
  const name = visible(what);
  if (resolved.stat.size > maxBytes) {
    throw new UserError(`${name}: is ${mib(resolved.stat.size)}, more than the ${mib(maxBytes)} this tool reads`);
  }
  let fd: number;
  try {
    fd = openSync(resolved.real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new UserError(`${name}: ${describeFsError(err)}`);
  }
  try {
    const stat = fstatSync(fd);
    const kind = describeKind(stat);
    if (kind) throw new UserError(`${name}: is ${kind}, not a regular file`);
    if (stat.size > maxBytes) throw new UserError(`${name}: is ${mib(stat.size)}, more than the ${mib(maxBytes)} this tool reads`);
    const buffer = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, null);
      if (n === 0) break; // the file shrank while we read it
      read += n;
    }
    return buffer.subarray(0, read);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${name}: ${describeFsError(err)}`);
  } finally {
    closeSync(fd);
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The bytes as UTF-8 text, or undefined when they are not valid UTF-8. Round-trips byte for byte. */
export function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The first byte that is not part of valid UTF-8, and its line, for messages. */
export function firstInvalidUtf8(bytes: Buffer): { offset: number; line: number; byte: number } {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i] as number;
    const next = bytes[i + 1] ?? 0;
    const length = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    const secondOk =
      length < 2 ||
      (c === 0xe0 ? next >= 0xa0 : c === 0xed ? next < 0xa0 : c === 0xf0 ? next >= 0x90 : c === 0xf4 ? next < 0x90 : true);
    let ok = length > 0 && secondOk && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (!ok) return { offset: i, line, byte: c };
    if (c === 0x0a) line++;
    i += length;
  }
  return { offset: bytes.length, line, byte: 0 };
}

/** Reads a repository file as UTF-8 text; other encodings are refused by name and line. */
export function readRepoText(root: string, file: string, what: string = file): string {
  const bytes = readRepoBytes(root, file, what);
  const text = decodeUtf8(bytes);
  if (text === undefined) throw notUtf8(what, bytes);
  return text;
}

export function notUtf8(what: string, bytes: Buffer): UserError {
  const bad = firstInvalidUtf8(bytes);
  return new UserError(`${visible(what)}:${bad.line}: is not UTF-8 text (byte 0x${bad.byte.toString(16).padStart(2, '0')}); this file must be UTF-8`);
}

export function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}

/**
 * Whether a repository path exists (following symlinks), with errors other than "missing"
 * reported by name: an unreadable folder is not the same as an absent file.
 */
export function existsInRepo(root: string, file: string, what: string = file): boolean {
  try {
    statSync(path.join(root, file));
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw new UserError(`${visible(what)}: ${describeFsError(err)}`);
  }
}
