import { realpathSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

/**
 * Resolves a configured, repository-relative path and refuses anything that would leave the
 * repository: absolute paths, `..` segments, and symlinks whose target lies outside it.
 * `what` names the setting in error messages (e.g. `dot-ai-release.yaml: chart.path`).
 */
export function resolveInRepo(root: string, relative: string, what: string): string {
  if (relative.includes('\0')) throw new UserError(`${what}: "${relative}" contains a NUL byte`);
  if (path.isAbsolute(relative) || /^[a-zA-Z]:[\\/]/.test(relative)) {
    throw new UserError(`${what}: "${relative}" is an absolute path; use a path relative to the repository root`);
  }
  const segments = relative.split(/[\\/]+/);
  if (segments.includes('..')) {
    throw new UserError(`${what}: "${relative}" leaves the repository ("..")`);
  }
  return path.join(root, relative);
}

/** Throws when an existing file's real location (symlinks followed) is outside the repository. */
export function assertInsideRepo(root: string, absolute: string, what: string): void {
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync.native(absolute);
    realRoot = realpathSync.native(root);
  } catch {
    return; // missing files are reported by the caller, which knows whether they are required
  }
  const rel = path.relative(realRoot, real);
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new UserError(`${what}: "${path.relative(root, absolute)}" is a symlink to ${real}, outside the repository`);
  }
}

/** Repository-relative path with forward slashes, as printed in messages and annotations. */
export function repoRelative(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/**
 * A directory an input names for the run's output (a kept package, diagnostics): inside the
 * repository (relative, as resolveInRepo), or inside the temporary directory of the runner or
 * the machine (absolute: RUNNER_TEMP, TMPDIR), symlinks resolved; anywhere else is refused, so
 * no input makes the run write elsewhere.
 */
export function resolveOutputDir(root: string, input: string, what: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!path.isAbsolute(input)) {
    const dir = resolveInRepo(root, input, what);
    assertInsideRepo(root, dir, what);
    return dir;
  }
  if (input.includes('\0')) throw new UserError(`${what}: "${input}" contains a NUL byte`);
  const real = (p: string): string => {
    try {
      return realpathSync.native(p);
    } catch {
      return path.resolve(p); // not there yet: judged by its path (its parent is made by the caller)
    }
  };
  const target = real(input);
  const bases = [env.RUNNER_TEMP, env.TMPDIR, '/tmp'].filter((b): b is string => Boolean(b)).map(real);
  const inside = bases.some((base) => {
    const rel = path.relative(base, target);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
  if (!inside) throw new UserError(`${what}: "${input}" is outside the repository and the temporary directory (${bases.join(', ')}); give a path inside either`);
  return target;
}
