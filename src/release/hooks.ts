/**
 * Release hooks: commands the release runs once the version is written and before the release
 * commit is made (dot-ai regenerates its OpenAPI spec and builds its changelog with towncrier),
 * whose changes join the release commit. Each runs without a shell (an argument list), with a
 * deadline, its output folded in a log group, the release version in its arguments
 * (`{{version}}`) and environment (RELEASE_VERSION). It may change only the files it declares: one
 * that changes anything else is refused, naming the file, and the tree is put back. The release's
 * own credentials (the action's inputs, the Actions runtime and OIDC tokens, GITHUB_TOKEN) are not
 * handed to it.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { fillPlaceholders, type HookPlaceholder, type ReleaseHook } from '../config/release-settings.js';
import { UserError } from '../errors.js';
import type { Reporter } from '../report/reporter.js';
import { exec, ToolNotFoundError, type ExecResult } from '../tools/exec.js';
import type { Git } from '../tools/git.js';
import { putBack, treeChanges } from './tree.js';

/** Lines of a hook's output shown in its log group; the rest are counted. */
const SHOWN_LINES = 2000;

/** Variables never handed to a hook: the action's inputs (tokens, passwords) and the runner's own tokens. */
const WITHHELD = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|GITHUB_TOKEN|GH_TOKEN)$/i;

export interface HookRun {
  root: string;
  git: Git;
  reporter: Reporter;
  signal?: AbortSignal;
  /** What the placeholders stand for. */
  values: Record<HookPlaceholder, string>;
  /** The release commit's time (HEAD's committer time), for SOURCE_DATE_EPOCH. */
  epochSeconds: string;
  env?: NodeJS.ProcessEnv;
}

/** The placeholders' values for a release: the versions, the tag, and the day of HEAD's commit (UTC), which every re-run shares. */
export function hookValues(version: string, previousVersion: string, tag: string, epochSeconds: string): Record<HookPlaceholder, string> {
  return { version, previousVersion, tag, date: new Date(Number(epochSeconds) * 1000).toISOString().slice(0, 10) };
}

/** The environment of a hook: the job's, less the release's credentials, plus the release's variables and the hook's own. */
export function hookEnvironment(hook: ReleaseHook, run: Pick<HookRun, 'values' | 'epochSeconds' | 'env'>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(run.env ?? process.env)) if (!WITHHELD.test(name)) env[name] = value;
  for (const [name, value] of Object.entries(hook.env)) env[name] = fillPlaceholders(value, run.values);
  return {
    ...env,
    RELEASE_VERSION: run.values.version,
    DOT_AI_RELEASE_VERSION: run.values.version,
    DOT_AI_RELEASE_PREVIOUS_VERSION: run.values.previousVersion,
    DOT_AI_RELEASE_TAG: run.values.tag,
    SOURCE_DATE_EPOCH: run.epochSeconds,
  };
}

/** Does the hook declare `file` (the path itself, or a directory it is under)? Undefined files: any. */
export function declares(files: string[] | undefined, file: string): boolean {
  return !files || files.some((f) => (f.endsWith('/') ? file.startsWith(f) : file === f));
}

/** What a file is now (content and mode; a symlink's target; absent), to tell what a hook changed. */
function fingerprint(file: string): string {
  try {
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) return `link ${readlinkSync(file)}`;
    if (!stat.isFile()) return `not a file (${stat.mode.toString(8)})`;
    return `${stat.mode & 0o111 ? 'executable' : 'file'} ${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
  } catch {
    return 'absent';
  }
}

/** Every path that differs from HEAD, with what it is now. */
async function treeState(git: Git, root: string): Promise<Map<string, string>> {
  return new Map((await treeChanges(git)).map((p) => [p, fingerprint(path.join(root, p))]));
}

function changedBetween(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

function list(items: string[], max = 5): string {
  return `${items.slice(0, max).join(', ')}${items.length > max ? `, and ${items.length - max} more` : ''}`;
}

/**
 * Runs `hooks` in order in the work tree (which holds the version edits). On any failure every
 * change since HEAD is put back (the tree was clean when the release started) and the error says
 * so. Returns what each hook changed.
 */
export async function runHooks(hooks: ReleaseHook[], run: HookRun): Promise<{ hook: string; changed: string[] }[]> {
  const { root, git, reporter } = run;
  const results: { hook: string; changed: string[] }[] = [];
  const fail = async (message: string): Promise<never> => {
    await putBack(git, root, await treeChanges(git));
    throw new UserError(`${message}; the tree is put back, nothing was committed`);
  };
  for (const hook of hooks) {
    const argv = hook.argv.map((a) => fillPlaceholders(a, run.values));
    const [bin = '', ...args] = argv;
    const label = `${hook.origin} (${argv.join(' ')})`;
    const before = await treeState(git, root);
    let shown = 0;
    let hidden = 0;
    const onLine = (line: string): void => {
      if (shown < SHOWN_LINES) {
        shown++;
        reporter.info(line);
      } else hidden++;
    };
    let result: ExecResult;
    try {
      result = await reporter.group(`hook ${label}`, async () => {
        const done = await exec(bin, args, { cwd: root, env: hookEnvironment(hook, run), timeoutMs: hook.timeoutMs, signal: run.signal, maxOutputBytes: 1024 * 1024, onLine });
        if (hidden) reporter.info(`(${hidden} more lines not shown)`);
        return done;
      });
    } catch (error) {
      if (error instanceof ToolNotFoundError) return fail(`${label}: ${error.message}`);
      await putBack(git, root, await treeChanges(git));
      throw error;
    }
    if (result.aborted) return fail(`${label} was stopped (interrupted)`);
    if (result.timedOut) return fail(`${label} did not finish within ${hook.timeoutMs / 1000} s; stopped`);
    if (result.code !== 0) {
      const last = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).map((l) => l.trim()).filter(Boolean).join(' | ');
      return fail(`${label} failed (exit ${result.code})${last ? `: ${last}` : ''}`);
    }
    const changed = changedBetween(before, await treeState(git, root));
    const undeclared = changed.filter((file) => !declares(hook.files, file));
    if (undeclared.length) {
      await fail(`${label} changed ${list(undeclared)}, which it does not declare (files: ${(hook.files ?? []).join(', ')}): declare ${undeclared.length > 1 ? 'them' : 'it'} in ${hook.origin.replace(/\]$/, '].files')}, or keep the hook from changing ${undeclared.length > 1 ? 'them' : 'it'}`);
    }
    reporter.info(`${label}: ${changed.length ? `changed ${list(changed, 10)}` : 'changed nothing'}`);
    results.push({ hook: hook.origin, changed });
  }
  return results;
}
