import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { realRoot } from './read.js';

/**
 * Where `version` keeps its own files while it writes (temp files, the write journal, the
 * repository lock): never in the work tree, so a crash (kill -9, a full disk) leaves no trace
 * there. In a git checkout that is `<git dir>/dot-ai-release/` (git never lists its own
 * directory); elsewhere a private folder in the system temp directory, named after the
 * repository's real path so the next run finds what an interrupted one left.
 */
export function repositoryStateDir(root: string): string {
  const gitDir = findGitDir(realRoot(root));
  if (gitDir) {
    const dir = path.join(gitDir, 'dot-ai-release');
    try {
      mkdirSync(dir, { mode: 0o700 }); // only this one folder, inside a git directory that exists
    } catch {
      // there already (an earlier run), or a read-only .git: checked below
    }
    if (isPrivateDir(dir)) return dir;
  }
  const dir = path.join(tmpdir(), `dot-ai-release-${createHash('sha256').update(realRoot(root)).digest('hex').slice(0, 16)}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch {
    // exists already (an earlier run), or cannot be made: checked below
  }
  // The temp directory is shared: use the folder only if it is ours and private (another user
  // could otherwise swap a staged file before it is renamed into the repository).
  if (isPrivateDir(dir)) return dir;
  return mkdtempSync(path.join(tmpdir(), 'dot-ai-release-'));
}

function isPrivateDir(dir: string): boolean {
  try {
    const stat = lstatSync(dir);
    const uid = process.getuid?.();
    return stat.isDirectory() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o077) === 0;
  } catch {
    return false;
  }
}

/**
 * The git directory of the checkout holding `dir` (`.git`, or where a `.git` file points, for
 * worktrees). A `.git` file can point anywhere, so the target must look like a git directory
 * (HEAD and objects/), and only a folder of our own is ever made in it.
 */
function findGitDir(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    const dotGit = path.join(current, '.git');
    try {
      const stat = statSync(dotGit);
      let gitDir: string | undefined;
      if (stat.isDirectory()) gitDir = dotGit;
      else if (stat.isFile()) {
        const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'))?.[1];
        if (pointer) gitDir = path.resolve(current, pointer);
      }
      if (gitDir) return looksLikeGitDir(gitDir) ? gitDir : undefined;
    } catch {
      // no .git here
    }
    if (path.dirname(current) === current) return undefined;
  }
}

function looksLikeGitDir(dir: string): boolean {
  try {
    return statSync(path.join(dir, 'HEAD')).isFile() && (statSync(path.join(dir, 'objects')).isDirectory() || statSync(path.join(dir, 'commondir')).isFile());
  } catch {
    return false;
  }
}
