/**
 * What a release leaves in the work tree while it runs (the version edits, the build command's
 * output), and how the next run in the same checkout tells them from a user's changes. The version
 * step notes the release in progress in the repository's state folder (`.git/dot-ai-release/`); a
 * run that ends without moving the branch puts the files back (a `work-tree` clean-up action, also
 * run by the action's `post:` step); a run killed outright (kill -9) cannot, so the next one finds
 * the note: files that hold exactly the release commit's content are put back and the release goes
 * on; anything else is refused with the commands that put it back.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryStateDir } from '../fs/state-dir.js';
import type { Reporter } from '../report/reporter.js';
import type { CleanupRegistry } from '../tools/cleanup.js';
import type { Git } from '../tools/git.js';

/** A release in progress in this checkout: on top of `head`, its release commit once made, the files it changed. */
export interface InProgress {
  head: string;
  tag: string;
  releaseCommit?: string;
  files: string[];
}

const NOTE = 'release-in-progress.json';

export function notePath(root: string): string {
  return path.join(repositoryStateDir(root), NOTE);
}

/** Notes the release in progress (before the first edit, and again once the release commit is made). */
export function noteRelease(root: string, note: InProgress): string {
  const file = notePath(root);
  writeFileSync(file, `${JSON.stringify(note)}\n`, { mode: 0o600 });
  return file;
}

export function readNote(root: string): InProgress | undefined {
  try {
    const parsed = JSON.parse(readFileSync(notePath(root), 'utf8')) as Partial<InProgress>;
    if (typeof parsed.head !== 'string' || typeof parsed.tag !== 'string' || !Array.isArray(parsed.files)) return undefined;
    return { head: parsed.head, tag: parsed.tag, files: parsed.files.filter((f): f is string => typeof f === 'string'), ...(typeof parsed.releaseCommit === 'string' ? { releaseCommit: parsed.releaseCommit } : {}) };
  } catch {
    return undefined;
  }
}

export function forgetNote(root: string): void {
  rmSync(notePath(root), { force: true });
}

/** Paths of `git status --porcelain` lines. */
export function statusPaths(lines: string[]): string[] {
  return lines.map((l) => l.slice(3));
}

/** Registers the put-back of `files` (changed on top of `head`) for the end of the run. */
export function restoreAtEnd(cleanup: CleanupRegistry, root: string, head: string, files: string[], note?: string): void {
  cleanup.add({ kind: 'work-tree', root, head, files, ...(note ? { record: note } : {}) });
}

/** Does every file hold exactly what `commit` holds (deleted where the commit lacks it)? */
async function holdsCommit(git: Git, commit: string, files: string[]): Promise<boolean> {
  for (const file of files) {
    const inCommit = await git.try(['rev-parse', '--verify', '--quiet', `${commit}:${file}`]);
    const inTree = await git.try(['hash-object', '--', file]);
    if (inCommit.code !== 0 || inTree.code !== 0) {
      if (inCommit.code !== inTree.code) return false; // one has it, the other not
      continue;
    }
    if (inCommit.stdout.trim() !== inTree.stdout.trim()) return false;
  }
  return true;
}

/**
 * Changes in the work tree a stopped release of this checkout left: put back (true) when they are
 * exactly its version edits; refused with the way out when they may be someone's work; false when
 * no release was noted here.
 */
export async function putBackLeftovers(git: Git, root: string, head: string, changes: string[], reporter: Reporter): Promise<{ restored: boolean; why?: string }> {
  const note = readNote(root);
  if (!note || note.head !== head) return { restored: false };
  const changed = statusPaths(changes);
  const ours = note.releaseCommit !== undefined && changed.every((f) => note.files.includes(f)) && (await holdsCommit(git, note.releaseCommit, changed));
  if (!ours) {
    const tracked: string[] = [];
    const untracked: string[] = [];
    for (const line of changes) (line.startsWith('??') ? untracked : tracked).push(line.slice(3));
    const how = [tracked.length && `git checkout HEAD -- ${tracked.join(' ')}`, untracked.length && `rm -- ${untracked.join(' ')}`].filter(Boolean).join('; ');
    return { restored: false, why: `a release of ${note.tag} stopped here before it finished; if these are its edits, put them back (${how}) and run again` };
  }
  const tracked: string[] = [];
  for (const file of changed) {
    if ((await git.try(['cat-file', '-e', `${head}:${file}`])).code === 0) tracked.push(file);
    else rmSync(path.join(root, file), { force: true });
  }
  if (tracked.length) await git.run('git checkout', ['checkout', head, '--', ...tracked]);
  forgetNote(root);
  reporter.info(`put back the version edits a stopped release of ${note.tag} left in ${changed.length} files (they held its release commit ${note.releaseCommit?.slice(0, 12)}); the release starts over from them`);
  return { restored: true };
}
