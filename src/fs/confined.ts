import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { visible } from '../report/escape.js';
import { describeFsError, isInside } from './read.js';

/**
 * The one check before anything is written or deleted at a path built from input (a method's
 * name, a file name taken from a server's or a cluster's answer): `relative` must stay inside
 * `base` once every symlink on the way is resolved. Refuses an empty, absolute or NUL-holding
 * path and any `..` segment outright, then resolves the deepest part that exists (a symlink
 * anywhere in it, or the target itself, is followed) and checks it is `base` or below it.
 * Returns the path to use, under the real `base`; `what` names the input in the one-line refusal.
 */
export function confinedPath(base: string, relative: string, what: string): string {
  const shown = visible(relative);
  if (relative === '' || relative.includes('\0')) throw new UserError(`${what}: ${JSON.stringify(shown)} is not a path name`);
  if (path.isAbsolute(relative) || /^[a-zA-Z]:[\\/]/.test(relative)) throw new UserError(`${what}: "${shown}" is an absolute path; it must stay inside ${visible(base)}`);
  const segments = relative.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) throw new UserError(`${what}: "${shown}" leaves ${visible(base)} ("..")`);
  if (segments.length === 0) throw new UserError(`${what}: "${shown}" names ${visible(base)} itself, not a path inside it`);

  let realBase: string;
  try {
    realBase = realpathSync.native(base);
  } catch (err) {
    throw new UserError(`${what}: ${visible(base)}: ${describeFsError(err)}`);
  }
  // The deepest existing prefix, symlinks resolved; what does not exist yet is plain names below it.
  let existing = realBase;
  let rest = segments;
  for (let i = 0; i < segments.length; i++) {
    const next = path.join(existing, segments[i] as string);
    let exists = true;
    try {
      lstatSync(next);
    } catch {
      exists = false;
    }
    if (!exists) break;
    try {
      existing = realpathSync.native(next);
    } catch (err) {
      throw new UserError(`${what}: "${shown}": ${describeFsError(err)}`);
    }
    rest = segments.slice(i + 1);
    if (!isInside(realBase, existing)) {
      throw new UserError(`${what}: "${shown}" leads to ${visible(existing)} through a symlink, outside ${visible(base)}`);
    }
  }
  return path.join(existing, ...rest);
}
