import * as fs from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { UserError } from '../errors.js';
import { describeFsError } from './read.js';

/** Folders never scanned: dependencies, git's own, the bundle, packaged charts. */
export const IGNORED = ['**/node_modules/**', '**/.git/**', 'dist/**', '**/*.tgz'];

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
  const unreadable = new Map<string, string>();
  const note = (p: fs.PathLike, err: NodeJS.ErrnoException | null) => {
    if (err && err.code !== 'ENOENT' && err.code !== 'ENOTDIR' && err.code !== 'ELOOP') {
      const relative = path.relative(root, path.resolve(root, String(p))).split(path.sep).join('/') || '.';
      unreadable.set(relative, describeFsError(err));
    }
  };
  const observed = {
    readdir: ((p: fs.PathLike, options: object, callback: (err: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void) =>
      fs.readdir(p, options as { withFileTypes: true }, (err, entries) => {
        note(p, err);
        callback(err, entries?.map(asFile));
      })) as unknown as typeof fs.readdir,
    realpath: ((p: fs.PathLike, callback: (err: NodeJS.ErrnoException | null, resolved: string) => void) =>
      fs.realpath(p, (err, resolved) => {
        note(p, err);
        callback(err, resolved);
      })) as unknown as typeof fs.realpath,
    stat: ((p: fs.PathLike, callback: (err: NodeJS.ErrnoException | null, stat: fs.Stats) => void) =>
      fs.stat(p, (err, stat) => {
        note(p, err);
        callback(err, stat);
      })) as unknown as typeof fs.stat,
  };
  const files = await glob(pattern, { cwd: root, ignore: options.ignore ?? IGNORED, dot: options.dot, fs: observed });
  if (unreadable.size) {
    throw new UserError([...unreadable].map(([folder, why]) => `${folder}: ${why}, so the files in it cannot be scanned (matched by ${pattern})`));
  }
  return files.sort();
}
