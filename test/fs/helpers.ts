import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/repo.js';

/**
 * Helpers of the file and output tests: a byte-for-byte snapshot of a tree that sees everything
 * (dot files, temp files, symlinks as links, FIFOs without opening them), and runs of the built
 * CLI and action with a deadline (a hang is a failure, not a stuck suite), optionally as an
 * unprivileged user (the suite runs as root, which reads and writes everything).
 */

/** Every entry of a tree: file bytes (base64), `link -> target`, `fifo`, `socket`, `dir`. */
export function tree(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      const rel = path.relative(dir, p);
      const stat = lstatSync(p);
      if (stat.isSymbolicLink()) entries[rel] = `link -> ${readlinkSync(p)}`;
      else if (stat.isDirectory()) {
        entries[rel] = `dir ${(stat.mode & 0o777).toString(8)}`;
        walk(p);
      } else if (stat.isFIFO()) entries[rel] = 'fifo';
      else if (stat.isSocket()) entries[rel] = 'socket';
      else if (stat.isFile()) entries[rel] = `${(stat.mode & 0o777).toString(8)} ${readFileSync(p).toString('base64')}`;
      else entries[rel] = 'other';
    }
  };
  walk(dir);
  return entries;
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The uid/gid tests use for an unprivileged run (nobody). */
export const UNPRIVILEGED = 65534;

/**
 * Runs dist/cli.js (or dist/index.js for the action) with a deadline. `as: 'nobody'` runs it
 * through setpriv as uid/gid 65534 with no supplementary groups; it needs root to switch, and
 * throws (failing the test loudly) when it cannot.
 */
export function run(
  entry: 'cli' | 'action',
  args: string[],
  options: { env?: NodeJS.ProcessEnv; as?: 'nobody'; timeoutMs?: number; cwd?: string } = {},
): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && k !== 'RUNNER_DEBUG'));
  const script = path.join(ROOT, 'dist', entry === 'cli' ? 'cli.js' : 'index.js');
  let file = process.execPath;
  let argv = [script, ...args];
  if (options.as === 'nobody') {
    if (process.getuid?.() !== 0) throw new Error('unprivileged runs need the suite to run as root (to switch to uid 65534); it does not');
    file = 'setpriv';
    argv = [`--reuid=${UNPRIVILEGED}`, `--regid=${UNPRIVILEGED}`, '--clear-groups', '--', process.execPath, ...argv];
  }
  return new Promise((resolve) => {
    const child = execFile(
      file,
      argv,
      { env: { ...base, ...options.env }, cwd: options.cwd, encoding: 'utf8', timeout: options.timeoutMs ?? 20_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const e = err as (Error & { code?: number | string; signal?: NodeJS.Signals }) | null;
        resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, signal: e?.signal ?? null, stdout, stderr });
      },
    );
    child.stdin?.end('');
  });
}

/** Hands a tree to the unprivileged user (after the test has made it). */
export function giveToNobody(dir: string): void {
  execFileSync('chown', ['-R', `${UNPRIVILEGED}:${UNPRIVILEGED}`, dir]);
  chmodSync(dir, 0o755);
}

/** The lines of a stream that start with `prefix` (e.g. `error:` on the CLI's stderr). */
export function linesStarting(text: string, prefix: string): string[] {
  return text.split('\n').filter((l) => l.startsWith(prefix));
}

export function write(repo: string, file: string, content: string | Buffer): void {
  writeFileSync(path.join(repo, file), content);
}

export function edit(repo: string, file: string, change: (text: string) => string): void {
  writeFileSync(path.join(repo, file), change(readFileSync(path.join(repo, file), 'utf8')));
}
