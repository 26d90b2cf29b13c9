import * as fs from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { UserError } from '../errors.js';
import { describeFsError, isInside, realRoot } from './read.js';

/** Folders never scanned: dependencies, git's own, the bundle, packaged charts. */
export const IGNORED = ['**/node_modules/**', '**/.git/**', 'dist/**', '**/*.tgz'];

/**
 * The glob matcher never matches a name holding a line break, so such a file would go unscanned;
 * the crawler sees line breaks as private-use stand-ins, and paths are turned back on the way in
 * and out. (A real name holding a stand-in would not be found: U+E00A and U+E00D are private use.)
 */
const STAND_IN: Record<string, string> = { '\n': '\ue00a', '\r': '\ue00d' };
const encodeName = (name: string) => name.replace(/[\n\r]/g, (c) => STAND_IN[c] as string);
const decodePath = (p: fs.PathLike) => String(p).replace(/[\ue00a\ue00d]/g, (c) => (c === '\ue00a' ? '\n' : '\r'));

function encoded(entry: fs.Dirent): fs.Dirent {
  if (!/[\n\r]/.test(entry.name)) return entry;
  return Object.assign(Object.create(Object.getPrototypeOf(entry) as object) as fs.Dirent, entry, { name: encodeName(entry.name) });
}

/**
 * The globber lists regular files only, so a FIFO, socket or device where a file is expected
 * would be passed over in silence; listed as files, they reach the reader, which refuses them.
 */
function asFile(entry: fs.Dirent): fs.Dirent {
  if (!(entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice())) return entry;
  return Object.assign(Object.create(Object.getPrototypeOf(entry) as object) as fs.Dirent, entry, { isFile: () => true });
}

/**
 * Files of the repository matching a glob. The globber skips folders it cannot read without a
 * word; here every such folder is an error naming it, since the files in it would silently go
 * unscanned.
 */
export async function globRepo(root: string, pattern: string, options: { dot: boolean; ignore?: string[] }): Promise<string[]> {
  const repository = realRoot(root);
  const unreadable = new Map<string, string>();
  const note = (p: fs.PathLike, err: NodeJS.ErrnoException | null) => {
    if (err && err.code !== 'ENOENT' && err.code !== 'ENOTDIR' && err.code !== 'ELOOP') {
      const relative = path.relative(root, path.resolve(root, String(p))).split(path.sep).join('/') || '.';
      unreadable.set(relative, describeFsError(err));
    }
  };
  const observed = {
    readdir: ((p: fs.PathLike, options: object, callback: (err: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void) =>
      fs.readdir(decodePath(p), options as { withFileTypes: true }, (err, entries) => {
        note(decodePath(p), err);
        callback(err, entries?.map((e) => encoded(asFile(e))));
      })) as unknown as typeof fs.readdir,
    realpath: ((p: fs.PathLike, callback: (err: NodeJS.ErrnoException | null, resolved: string) => void) =>
      fs.realpath(decodePath(p), (err, resolved) => {
        note(decodePath(p), err);
        if (err || isInside(repository, resolved)) return callback(err, resolved && encodeName(resolved));
        // A symlink out of the repository: a file is listed (and refused by the reader if it is
        // matched); a folder is not entered (`docs/all -> /` would crawl the whole disk).
        fs.stat(resolved, (statErr, stat) => {
          if (!statErr && stat.isDirectory()) callback(Object.assign(new Error('outside the repository'), { code: 'ENOENT' }), '');
          else callback(null, encodeName(resolved));
        });
      })) as unknown as typeof fs.realpath,
    stat: ((p: fs.PathLike, callback: (err: NodeJS.ErrnoException | null, stat: fs.Stats) => void) =>
      fs.stat(decodePath(p), (err, stat) => {
        note(p, err);
        callback(err, stat);
      })) as unknown as typeof fs.stat,
  };
  const files = await glob(pattern, { cwd: root, ignore: options.ignore ?? IGNORED, dot: options.dot, fs: observed });
  if (unreadable.size) {
    throw new UserError([...unreadable].map(([folder, why]) => `${folder}: ${why}, so the files in it cannot be scanned (matched by ${pattern})`));
  }
  return files.map(decodePath).sort();
}
