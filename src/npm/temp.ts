/** Temporary directories of the npm step: always outside the work tree (no .tgz or .npmrc may land in the repository). */
import { existsSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';

/** Does `candidate` (existing or not) lie inside `root`? Symlinks of the existing part are resolved. */
export function isInsideTree(candidate: string, root: string): boolean {
  const real = (p: string): string => {
    let existing = path.resolve(p);
    const rest: string[] = [];
    while (!existsSync(existing) && path.dirname(existing) !== existing) {
      rest.unshift(path.basename(existing));
      existing = path.dirname(existing);
    }
    return path.join(realpathSync.native(existing), ...rest);
  };
  const rel = path.relative(real(root), real(candidate));
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/** A temporary directory outside the work tree (RUNNER_TEMP on Actions, else the system's). */
export function temporaryDir(root: string, prefix: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.RUNNER_TEMP || tmpdir();
  if (isInsideTree(base, root)) throw new UserError(`the temporary directory ${base} is inside the repository; set TMPDIR (or RUNNER_TEMP) to a directory outside it: npm's tarball and credentials must not land in the work tree`);
  return mkdtempSync(path.join(base, prefix));
}

