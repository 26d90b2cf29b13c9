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
