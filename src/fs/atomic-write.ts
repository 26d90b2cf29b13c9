import { createHash, randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { visible } from '../report/escape.js';
import { describeFsError, describeKind, isInside, realRoot } from './read.js';

export interface FileWrite {
  /** Repository-relative path, for messages. */
  file: string;
  /** The path to write. A symlink is written through: its target gets the new bytes, the link stays a link. */
  absolute: string;
  /** The bytes read before the edit (put back if a later write fails). */
  original: Buffer;
  /** The new bytes. */
  content: Buffer;
}

interface Staged {
  write: FileWrite;
  /** Where the bytes really go (symlinks followed). */
  target: string;
  temp: string;
  backup?: string;
}

interface Journal {
  pid: number;
  entries: { target: string; temp: string; backup?: string; sha256: string }[];
}

const JOURNAL = 'journal.json';
/** Temp files staged beside their target (only when the state directory is on another file system). */
const BESIDE_TARGET = /^\..+\.dot-ai-release-[0-9a-f]{8}\.tmp$/;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes several files all or nothing.
 * 1. Every target is checked first (a regular file inside the repository, one link, writable
 *    along with its folder), so a refusal changes nothing.
 * 2. Every new content (and a backup of every original) is staged in the state directory, off
 *    the work tree (`repositoryStateDir`), and synced. A full disk fails here: the staged files
 *    are removed, the repository is untouched.
 * 3. A journal listing the renames is written, then each staged file is renamed over its target
 *    (atomic per file). A failing rename puts back what was already replaced.
 * 4. The journal is removed. A crash between 3 and 4 (kill -9) leaves the journal: the next run's
 *    `recoverInterruptedWrite` puts the originals back, so the tree ends all old or all new.
 */
export function writeAllOrNothing(root: string, stateDir: string, all: FileWrite[]): void {
  // Two paths may lead to one file (a symlink and its target): write it once, and never two ways.
  const byTarget = new Map<string, FileWrite>();
  for (const write of all) {
    const target = checkTarget(root, write);
    const other = byTarget.get(target);
    if (other && !other.content.equals(write.content)) {
      throw new UserError(`${visible(write.file)}: is the same file as ${visible(other.file)} (a symlink), and the two edits differ; nothing was changed`);
    }
    if (!other) byTarget.set(target, write);
  }
  const targets = [...byTarget.keys()];
  const writes = [...byTarget.values()];
  if (writes.length === 0) return;
  const stateDev = statSync(stateDir).dev;
  const id = randomBytes(4).toString('hex');
  const staged: Staged[] = [];
  try {
    targets.forEach((target, i) => {
      const write = writes[i] as FileWrite;
      const stat = statSync(target);
      const beside = statSync(path.dirname(target)).dev !== stateDev; // a rename cannot cross file systems
      const temp = beside
        ? path.join(path.dirname(target), `.${path.basename(target)}.dot-ai-release-${id}.tmp`)
        : path.join(stateDir, `${id}-${i}.tmp`);
      const entry: Staged = { write, target, temp, backup: path.join(stateDir, `${id}-${i}.orig`) };
      staged.push(entry);
      writeSynced(temp, write.content, stat);
      writeSynced(entry.backup as string, write.original, stat);
    });
  } catch (err) {
    removeStaged(staged);
    const failed = staged.at(-1)?.write.file ?? writes[0]?.file ?? '';
    throw new UserError(`${visible(failed)}: ${describeFsError(err, 'write')}; nothing was changed`);
  }

  const journal: Journal = { pid: process.pid, entries: staged.map((s) => ({ target: s.target, temp: s.temp, backup: s.backup, sha256: sha256(s.write.content) })) };
  const journalFile = path.join(stateDir, JOURNAL);
  try {
    writeSynced(journalFile, Buffer.from(JSON.stringify(journal)));
  } catch (err) {
    removeStaged(staged);
    throw new UserError(`${visible(journalFile)}: ${describeFsError(err, 'write')}; nothing was changed`);
  }

  const fault = faultInjection();
  const renamed: Staged[] = [];
  for (const entry of staged) {
    if (fault?.killAfterRenames === renamed.length) process.kill(process.pid, 'SIGKILL');
    try {
      renameSync(entry.temp, entry.target);
      renamed.push(entry);
    } catch (err) {
      for (const done of renamed) writeFileSync(done.target, done.write.original);
      removeStaged(staged);
      rmSync(journalFile, { force: true });
      throw new UserError(`${visible(entry.write.file)}: ${describeFsError(err, 'write')}; nothing was changed`);
    }
  }
  removeStaged(staged);
  rmSync(journalFile, { force: true });
}

/** Refuses, before anything is written, a target that cannot be replaced cleanly; returns where its bytes live. */
function checkTarget(root: string, write: FileWrite): string {
  const name = visible(write.file);
  let target: string;
  try {
    target = realpathSync.native(write.absolute);
  } catch (err) {
    throw new UserError(`${name}: ${describeFsError(err)}; nothing was changed`);
  }
  if (!isInside(realRoot(root), target)) {
    throw new UserError(`${name}: is a symlink to ${visible(target)}, outside the repository; nothing was changed`);
  }
  const stat = lstatSync(target);
  const kind = describeKind(stat);
  if (kind) throw new UserError(`${name}: is ${kind}, not a regular file; nothing was changed`);
  if (stat.nlink > 1) {
    // Replacing the file would leave its other names holding the old bytes.
    throw new UserError(`${name}: has ${stat.nlink} hard links; an edit would split them (make it a single file or a symlink); nothing was changed`);
  }
  for (const [what, p] of [['the file', target], ['its folder', path.dirname(target)]] as const) {
    try {
      accessSync(p, constants.W_OK);
    } catch (err) {
      throw new UserError(`${name}: cannot write ${what} (${describeFsError(err, 'write').replace(/^cannot write \((.*)\)$/, '$1')}); nothing was changed`);
    }
  }
  return target;
}

/** Creates `file` with `bytes`, synced to disk, with the mode (and, when we can, the owner) of `like`. */
function writeSynced(file: string, bytes: Buffer, like?: { mode: number; uid: number; gid: number }): void {
  const fd = openSync(file, 'wx', 0o600);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    if (like) {
      if (process.getuid?.() === 0) fchownSync(fd, like.uid, like.gid);
      fchmodSync(fd, like.mode & 0o7777);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeStaged(staged: Staged[]): void {
  for (const { temp, backup } of staged) {
    rmSync(temp, { force: true });
    if (backup) rmSync(backup, { force: true });
  }
}

/**
 * Finishes what an interrupted `version` run left (call it holding the repository lock): when
 * its journal is there, every target that already holds its new bytes gets its original back,
 * so the tree is as before that run; then the run's staged files are removed. Returns the
 * targets put back.
 */
export function recoverInterruptedWrite(root: string, stateDir: string): string[] {
  const journalFile = path.join(stateDir, JOURNAL);
  const restored: string[] = [];
  let journal: Journal | undefined;
  try {
    journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal;
  } catch {
    journal = undefined; // none (or written only in part: no rename had started)
  }
  const repository = realRoot(root);
  const ours = (p: unknown) => typeof p === 'string' && (path.dirname(p) === stateDir || BESIDE_TARGET.test(path.basename(p)));
  for (const entry of Array.isArray(journal?.entries) ? journal.entries : []) {
    // Only what a run of ours could have written: a target in this repository, staged files of ours.
    if (typeof entry.target !== 'string' || !isInside(repository, entry.target) || !ours(entry.temp) || (entry.backup !== undefined && !ours(entry.backup))) continue;
    try {
      if (entry.backup && lstatSync(entry.target).isFile() && sha256(readFileSync(entry.target)) === entry.sha256) {
        writeFileSync(entry.target, readFileSync(entry.backup));
        restored.push(entry.target);
      }
    } catch {
      // the target or its backup is gone: nothing to put back
    }
    rmSync(entry.temp, { force: true });
  }
  rmSync(journalFile, { force: true });
  // staged files of runs that died before their journal was written
  for (const name of readdirSync(stateDir)) {
    if (/^[0-9a-f]{8}-\d+\.(tmp|orig)$/.test(name)) rmSync(path.join(stateDir, name), { force: true });
  }
  return restored;
}

/**
 * Removes temp files an interrupted run staged beside its targets (only done when the state
 * directory is on another file system, and by earlier versions of this tool) from the folders
 * of the files this run edits.
 */
export function removeStaleTemps(folders: Iterable<string>): string[] {
  const removed: string[] = [];
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!BESIDE_TARGET.test(name)) continue;
      rmSync(path.join(folder, name), { force: true });
      removed.push(path.join(folder, name));
    }
  }
  return removed;
}

/**
 * Fault injection for the crash tests: DOT_AI_RELEASE_FAULT_INJECTION=kill-after-renames:N makes
 * the process kill itself (SIGKILL) after N of its renames. Read here only.
 */
function faultInjection(): { killAfterRenames: number } | undefined {
  const match = /^kill-after-renames:(\d+)$/.exec(process.env.DOT_AI_RELEASE_FAULT_INJECTION ?? '');
  return match ? { killAfterRenames: Number(match[1]) } : undefined;
}
