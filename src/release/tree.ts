/**
 * The work tree as the release changes it: what differs from HEAD (the tree was clean when the
 * release started, so that is everything the release wrote), and putting it back.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Git } from '../tools/git.js';

/** Paths of `git status --porcelain` lines. */
export function statusPaths(lines: string[]): string[] {
  return lines.map((l) => l.slice(3));
}

/** Every file that differs from HEAD: changed, deleted, or new (file by file, ignored ones aside). */
export async function treeChanges(git: Git): Promise<string[]> {
  return statusPaths(await git.changes(true));
}

/**
 * Puts `changed` back as HEAD has them, in the work tree and the index (a hook may stage what it
 * writes, as towncrier does): tracked files checked out, new files unstaged and removed.
 */
export async function putBack(git: Git, root: string, changed: string[]): Promise<void> {
  const tracked: string[] = [];
  const added: string[] = [];
  for (const file of changed) {
    if ((await git.try(['cat-file', '-e', `HEAD:${file}`])).code === 0) tracked.push(file);
    else added.push(file);
  }
  if (added.length) await git.run('git rm --cached', ['rm', '--cached', '--quiet', '--ignore-unmatch', '--', ...added]);
  for (const file of added) rmSync(path.join(root, file), { force: true });
  if (tracked.length) await git.run('git checkout', ['checkout', 'HEAD', '--', ...tracked]);
}
