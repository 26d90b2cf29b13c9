import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { exec, execChecked, execSync, type ExecOptions } from './exec.js';

/** The git binary: GIT_BIN, else `git` on the PATH. */
export function gitBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.GIT_BIN || 'git';
}

/** Who and when a commit or tag says it was made (exported as GIT_* variables, never as arguments). */
export interface GitIdentity {
  name: string;
  email: string;
  /** `@<epoch seconds> +0000`: fixed, so the same release commit is made again by a re-run. */
  date: string;
}

/** A commit as the release compares it: two commits with the same tree on the same parents are the same release. */
export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  subject: string;
}

/** What a remote holds under one tag: the tag object (annotated) and the commit it peels to. */
export interface RemoteTag {
  /** The ref's own object: a tag object for an annotated tag, the commit for a lightweight one. */
  object: string;
  commit: string;
  annotated: boolean;
}

/**
 * git must never wait for a password on a terminal (there is none on a runner): credentials come
 * from the checkout (actions/checkout's extraheader, a credential helper), never from an argument.
 */
const NON_INTERACTIVE = { GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', SSH_ASKPASS: 'echo', GCM_INTERACTIVE: 'never' };

/** One wrapper for every git call the toolkit makes, in one repository (`git -C root`). */
export class Git {
  constructor(
    readonly root: string,
    readonly bin: string = gitBinary(),
  ) {}

  private args(args: string[]): string[] {
    return ['-C', this.root, ...args];
  }

  private env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return { ...process.env, ...NON_INTERACTIVE, ...extra };
  }

  /** A config value (e.g. remote.origin.url), or undefined when unset or outside a repository. */
  configValue(key: string): string | undefined {
    try {
      const result = execSync(this.bin, this.args(['config', '--get', key]));
      return result.code === 0 ? result.stdout.trim() || undefined : undefined;
    } catch {
      return undefined; // no git at all: nothing to read
    }
  }

  /** The commit HEAD points at, or undefined outside a repository (or without git). */
  headCommit(): string | undefined {
    try {
      const result = execSync(this.bin, this.args(['rev-parse', 'HEAD']));
      return result.code === 0 ? result.stdout.trim() || undefined : undefined;
    } catch {
      return undefined;
    }
  }

  /** The top folder of the checkout holding `root`, or undefined outside one (or without git). */
  topLevel(): string | undefined {
    try {
      const result = execSync(this.bin, this.args(['rev-parse', '--show-toplevel']));
      return result.code === 0 ? result.stdout.trim() || undefined : undefined;
    } catch {
      return undefined;
    }
  }

  /** Runs a git command in the repository; a non-zero exit is a ToolError. */
  run(what: string, args: string[], options: ExecOptions = {}) {
    return execChecked(what, this.bin, this.args(args), { ...options, env: this.env(options.env) });
  }

  /** Runs a git command and returns its result whatever the exit code. */
  try(args: string[], options: ExecOptions = {}) {
    return exec(this.bin, this.args(args), { ...options, env: this.env(options.env) });
  }

  /** `git --version`, or undefined when git is not installed. */
  async version(): Promise<string | undefined> {
    try {
      const result = await exec(this.bin, ['--version']);
      return result.code === 0 ? /\d+\.\d+(\.\d+)?/.exec(result.stdout)?.[0] : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Tracked files changed and untracked files present (ignored ones aside), as `git status
   * --porcelain` lines; `eachFile`: untracked directories listed file by file.
   */
  async changes(eachFile = false): Promise<string[]> {
    const { stdout } = await this.run('git status', ['status', '--porcelain=v1', '-z', `--untracked-files=${eachFile ? 'all' : 'normal'}`]);
    // NUL-separated, paths unquoted; a rename or copy is followed by its original path, left out here.
    const records = stdout.split('\0');
    const lines: string[] = [];
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as string;
      if (!record) continue;
      lines.push(record);
      if (record[0] === 'R' || record[0] === 'C') i++;
    }
    return lines;
  }

  /** The branch HEAD is on, or undefined on a detached HEAD. */
  async currentBranch(): Promise<string | undefined> {
    const result = await this.try(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    return result.code === 0 ? result.stdout.trim() || undefined : undefined;
  }

  async commitInfo(rev: string): Promise<CommitInfo> {
    const { stdout } = await this.run(`git show ${rev}`, ['show', '--no-patch', '--format=%H%n%T%n%P%n%s', `${rev}^{commit}`, '--']);
    const [sha = '', tree = '', parents = '', subject = ''] = stdout.split('\n');
    return { sha, tree, parents: parents.split(' ').filter(Boolean), subject };
  }

  /** Is the object in the local repository (e.g. a commit a remote tag points at, after a fetch)? */
  async hasObject(sha: string): Promise<boolean> {
    return (await this.try(['cat-file', '-e', `${sha}^{object}`])).code === 0;
  }

  /** The committer time of a commit, as a fixed GIT_*_DATE value. */
  async commitDate(rev: string): Promise<string> {
    const { stdout } = await this.run(`git show ${rev}`, ['show', '--no-patch', '--format=%ct', `${rev}^{commit}`, '--']);
    return `@${stdout.trim()} +0000`;
  }

  /** Is `ancestor` reachable from `descendant`? */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await this.try(['merge-base', '--is-ancestor', ancestor, descendant]);
    if (result.code > 1) throw new UserError(`git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${result.stderr.trim()}`);
    return result.code === 0;
  }

  /** The commit a local tag peels to, or undefined. */
  async localTagCommit(tag: string): Promise<string | undefined> {
    const result = await this.try(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  /** The URL of a remote (for messages: credentials in it are cut out by the caller), or undefined. */
  async remoteUrl(remote: string): Promise<string | undefined> {
    const result = await this.try(['remote', 'get-url', remote]);
    return result.code === 0 ? result.stdout.trim() || undefined : undefined;
  }

  /**
   * The remote's refs matching `patterns` (e.g. `refs/tags/v*`, `refs/heads/main`): one read of the
   * remote. Annotated tags come with the commit they peel to.
   */
  async lsRemote(remote: string, patterns: string[], timeoutMs = 60_000): Promise<{ heads: Map<string, string>; tags: Map<string, RemoteTag> }> {
    // An exact tag pattern does not match its peeled line (`refs/tags/v1^{}`): ask for both.
    const withPeeled = patterns.flatMap((p) => (p.startsWith('refs/tags/') && !/[*?[]/.test(p) ? [p, `${p}^{}`] : [p]));
    const { stdout } = await this.run(`git ls-remote ${remote}`, ['ls-remote', remote, ...withPeeled], { timeoutMs });
    const heads = new Map<string, string>();
    const objects = new Map<string, string>();
    const peeled = new Map<string, string>();
    for (const line of stdout.split('\n').filter(Boolean)) {
      const [sha = '', ref = ''] = line.split('\t');
      if (ref.startsWith('refs/heads/')) heads.set(ref.slice('refs/heads/'.length), sha);
      else if (ref.startsWith('refs/tags/') && ref.endsWith('^{}')) peeled.set(ref.slice('refs/tags/'.length, -3), sha);
      else if (ref.startsWith('refs/tags/')) objects.set(ref.slice('refs/tags/'.length), sha);
    }
    const tags = new Map<string, RemoteTag>();
    for (const [name, object] of objects) {
      const commit = peeled.get(name);
      tags.set(name, { object, commit: commit ?? object, annotated: commit !== undefined });
    }
    return { heads, tags };
  }

  /** Fetches refs (e.g. a tag the remote has, to compare its commit) without touching local branches or tags. */
  async fetch(remote: string, refspecs: string[], timeoutMs = 5 * 60_000): Promise<void> {
    await this.run(`git fetch ${remote}`, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, ...refspecs], { timeoutMs });
  }

  /**
   * Makes the commit of `paths` as they are in the work tree on top of HEAD, without moving HEAD,
   * the branch or the index (a private index file): the release commit exists before anything is
   * built, so the image can name it as its revision. With a fixed identity and date the same
   * changes make the same commit again, so a re-run finds its own commit in the world.
   */
  async makeCommit(paths: string[], message: string, identity: GitIdentity): Promise<string> {
    const dir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-index-'));
    const env = { GIT_INDEX_FILE: path.join(dir, 'index') };
    try {
      await this.run('git read-tree HEAD', ['read-tree', 'HEAD'], { env });
      if (paths.length) await this.run('git update-index', ['update-index', '--add', '--remove', '--', ...paths], { env });
      const tree = (await this.run('git write-tree', ['write-tree'], { env })).stdout.trim();
      const { stdout } = await this.run('git commit-tree', ['commit-tree', '--no-gpg-sign', tree, '-p', 'HEAD', '-F', '-'], {
        stdin: message,
        env: identityEnv(identity),
      });
      return stdout.trim();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * Writes the files of `commit` into `dir` (which must not hold anything else) without touching
   * HEAD, the index or the work tree: a private index, then checkout-index with a prefix.
   */
  async exportTree(commit: string, dir: string): Promise<void> {
    const indexDir = mkdtempSync(path.join(tmpdir(), 'dot-ai-release-index-'));
    const env = { GIT_INDEX_FILE: path.join(indexDir, 'index') };
    try {
      await this.run('git read-tree', ['read-tree', `${commit}^{tree}`], { env });
      await this.run('git checkout-index', ['checkout-index', '--all', '--force', `--prefix=${dir.endsWith(path.sep) ? dir : `${dir}${path.sep}`}`], { env, timeoutMs: 10 * 60_000 });
    } finally {
      rmSync(indexDir, { recursive: true, force: true });
    }
  }

  /**
   * Moves the current branch from `from` to `to` (a fast-forward to a commit whose tree is the work
   * tree's) and refreshes the index, leaving the work tree as it is.
   */
  async advanceBranch(branch: string, from: string, to: string): Promise<void> {
    await this.run(`git update-ref refs/heads/${branch}`, ['update-ref', '-m', 'dot-ai-release: release commit', `refs/heads/${branch}`, to, from]);
    await this.run('git reset', ['reset', '--quiet']);
  }

  /** An annotated tag (a tag object, which `git push` of its refspec sends), made with a fixed tagger and date. */
  async createAnnotatedTag(tag: string, commit: string, message: string, identity: GitIdentity): Promise<void> {
    await this.run(`git tag ${tag}`, ['tag', '--annotate', '--no-sign', '--file', '-', tag, commit], { stdin: message, env: identityEnv(identity) });
  }

  /** Deletes a local tag (one this run made and could not push); a missing one is fine. */
  async deleteLocalTag(tag: string): Promise<void> {
    await this.try(['tag', '--delete', tag]);
  }

  /** Pushes refspecs; `atomic`: all of them or none. Returns git's output for the report. */
  async push(remote: string, refspecs: string[], options: { atomic?: boolean; force?: boolean; dryRun?: boolean; timeoutMs?: number } = {}) {
    return this.try(
      ['push', '--porcelain', ...(options.atomic ? ['--atomic'] : []), ...(options.force ? ['--force'] : []), ...(options.dryRun ? ['--dry-run'] : []), remote, ...refspecs],
      { timeoutMs: options.timeoutMs ?? 5 * 60_000 },
    );
  }
}

/** The identity and dates of a commit or tag, as git reads them from the environment. */
function identityEnv(identity: GitIdentity): NodeJS.ProcessEnv {
  return {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_AUTHOR_DATE: identity.date,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
    GIT_COMMITTER_DATE: identity.date,
  };
}
