/**
 * The release's own settings in dot-ai-release.yaml, checked when the file is read (every problem
 * named by its dotted path): `hooks` (commands run once the version is written, each with the files
 * it may change), `notes` (where the GitHub release's notes come from) and `dispatch` (events sent
 * to other repositories once the release is published).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { UserError, type Problems } from '../errors.js';
import { existsInRepo } from '../fs/read.js';
import { resolveInRepo } from '../fs/repo-path.js';
import type { DispatchFile, HooksFile, NotesFile } from './file.js';

/** What a hook's arguments and env values may name: `{{version}}` becomes the release version. */
export const HOOK_PLACEHOLDERS = ['version', 'previousVersion', 'tag', 'date'] as const;
export type HookPlaceholder = (typeof HOOK_PLACEHOLDERS)[number];

/** Variables the release sets for every hook (they cannot be set in `env`). */
export const HOOK_VARIABLES = ['RELEASE_VERSION', 'DOT_AI_RELEASE_VERSION', 'DOT_AI_RELEASE_PREVIOUS_VERSION', 'DOT_AI_RELEASE_TAG', 'SOURCE_DATE_EPOCH'];

export const DEFAULT_HOOK_TIMEOUT_S = 600;

/** One command the release runs after the version edits; its changes join the release commit. */
export interface ReleaseHook {
  /** Where it was declared, for messages: `dot-ai-release.yaml: hooks.afterVersion[0]`, `input build-command`. */
  origin: string;
  /** The arguments (the first is the program), placeholders not yet filled in. */
  argv: string[];
  /** What it may change: files, and directories ending in `/`. Undefined: any file (the build-command input). */
  files?: string[];
  timeoutMs: number;
  env: Record<string, string>;
}

export interface ReleaseHooks {
  afterVersion: ReleaseHook[];
}

export type NotesPart = 'changelog' | 'generated';

/** Where the release notes come from, as configured (the release-notes input overrides it). */
export interface NotesSettings {
  /** In order; empty: no notes. */
  from: NotesPart[];
  /** The changelog, relative to the repository root (when `from` holds changelog). */
  file?: string;
  origin: string;
}

/** A repository_dispatch event to send once the release is published. */
export interface DispatchTarget {
  owner: string;
  repo: string;
  event: string;
  /** The variable holding this repository's token; default: the dispatch-token input. */
  tokenEnv?: string;
  origin: string;
}

/** Characters a shell would treat specially: a one-line `run` holding them was written for a shell, which hooks do not have. */
const SHELL_SYNTAX = /["'`$|&;<>()\\*?~]/;
const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
/** GitHub allows 100 characters; `>` and spaces are kept out so the event can be recorded in an HTML comment. */
const EVENT = /^[A-Za-z0-9_.:-]{1,100}$/;

/** Problems with the placeholders of one argument or value (unknown names, stray braces). */
function placeholderProblem(text: string): string | undefined {
  for (const [, name] of text.matchAll(PLACEHOLDER)) {
    if (!(HOOK_PLACEHOLDERS as readonly string[]).includes(name ?? '')) return `{{${name}}} is not a placeholder (${HOOK_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')})`;
  }
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) return `${JSON.stringify(text)} holds a placeholder that is not closed or not a name (${HOOK_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')})`;
  return undefined;
}

/** Fills a hook's placeholders in. */
export function fillPlaceholders(text: string, values: Record<HookPlaceholder, string>): string {
  return text.replace(PLACEHOLDER, (_all, name: HookPlaceholder) => values[name]);
}

function hookArgv(run: string | string[], at: string): string[] {
  if (Array.isArray(run)) return run;
  const shell = SHELL_SYNTAX.exec(run);
  if (shell) throw new UserError(`${at}: ${JSON.stringify(run)} holds shell syntax (${shell[0]}), but hooks run without a shell: write run as a list of arguments (run: [towncrier, build, --version, "{{version}}"])`);
  const argv = run.trim().split(/\s+/).filter(Boolean);
  if (!argv.length) throw new UserError(`${at}: is empty`);
  return argv;
}

/** A declared path, checked to stay in the repository: `dir/` (or an existing directory) covers everything under it. */
function declaredPath(root: string, file: string, at: string): string {
  const absolute = resolveInRepo(root, file, at);
  const normalized = path.posix.normalize(file.split(path.sep).join('/')).replace(/^\.\//, '');
  if (normalized === '.' || normalized === './' || normalized === '/') throw new UserError(`${at}: ${JSON.stringify(file)} is the whole repository; name the files and directories the hook changes`);
  let directory = normalized.endsWith('/');
  if (!directory && existsInRepo(root, normalized)) {
    try {
      directory = statSync(absolute).isDirectory();
    } catch {
      directory = false;
    }
  }
  return directory && !normalized.endsWith('/') ? `${normalized}/` : normalized;
}

export function parseHooks(root: string, where: string, hooks: HooksFile | undefined, problems: Problems): ReleaseHooks {
  const afterVersion: ReleaseHook[] = [];
  (hooks?.afterVersion ?? []).forEach((hook, i) =>
    problems.attempt(() => {
      const origin = `${where}: hooks.afterVersion[${i}]`;
      const argv = hookArgv(hook.run, `${origin}.run`);
      const found: string[] = [];
      argv.forEach((arg, j) => {
        const problem = placeholderProblem(arg);
        if (problem) found.push(`${origin}.run${Array.isArray(hook.run) ? `[${j}]` : ''}: ${problem}`);
      });
      if (!hook.files.length) found.push(`${origin}.files: is empty; name the files the hook changes`);
      const files = hook.files.flatMap((file, j) => problems.attempt(() => [declaredPath(root, file, `${origin}.files[${j}]`)]) ?? []);
      const timeout = hook.timeout ?? DEFAULT_HOOK_TIMEOUT_S;
      const env: Record<string, string> = {};
      for (const [name, value] of Object.entries(hook.env ?? {})) {
        if (!VARIABLE_NAME.test(name)) found.push(`${origin}.env.${name}: is not a variable name`);
        else if (HOOK_VARIABLES.includes(name)) found.push(`${origin}.env.${name}: is set by the release (${HOOK_VARIABLES.join(', ')})`);
        const problem = placeholderProblem(String(value));
        if (problem) found.push(`${origin}.env.${name}: ${problem}`);
        env[name] = String(value);
      }
      if (found.length) throw new UserError(found);
      afterVersion.push({ origin, argv, files, timeoutMs: timeout * 1000, env });
    }),
  );
  return { afterVersion };
}

/** The changelog when none is named: CHANGELOG.md, or docs/CHANGELOG.md when only that exists (dot-ai's). */
export function defaultChangelog(root: string): string {
  return !existsInRepo(root, 'CHANGELOG.md') && existsInRepo(root, 'docs/CHANGELOG.md') ? 'docs/CHANGELOG.md' : 'CHANGELOG.md';
}

export function parseNotes(root: string, where: string, notes: NotesFile | undefined, problems: Problems): NotesSettings | undefined {
  if (!notes) return undefined;
  return problems.attempt(() => {
    const from: NotesPart[] = notes.from === undefined ? ['changelog'] : notes.from === 'none' ? [] : Array.isArray(notes.from) ? notes.from : [notes.from];
    if (new Set(from).size !== from.length) throw new UserError(`${where}: notes.from: lists a source twice`);
    if (notes.file && !from.includes('changelog')) throw new UserError(`${where}: notes.file: only with from: changelog`);
    let file: string | undefined;
    if (from.includes('changelog')) {
      const given = notes.file ?? defaultChangelog(root);
      resolveInRepo(root, given, `${where}: notes.file`);
      file = path.posix.normalize(given.split(path.sep).join('/'));
    }
    return { from, ...(file ? { file } : {}), origin: `${where}: notes` };
  });
}

export function parseDispatch(where: string, dispatch: DispatchFile[] | undefined, problems: Problems): DispatchTarget[] {
  const targets: DispatchTarget[] = [];
  (dispatch ?? []).forEach((d, i) =>
    problems.attempt(() => {
      const origin = `${where}: dispatch[${i}]`;
      const found: string[] = [];
      const repository = REPOSITORY.exec(d.repository);
      if (!repository?.[1] || !repository[2]) found.push(`${origin}.repository: ${JSON.stringify(d.repository)} is not OWNER/NAME`);
      if (!EVENT.test(d.event)) found.push(`${origin}.event: ${JSON.stringify(d.event)} is not an event name (letters, digits, . _ : -, at most 100)`);
      if (d.tokenEnv !== undefined && !VARIABLE_NAME.test(d.tokenEnv)) found.push(`${origin}.tokenEnv: ${JSON.stringify(d.tokenEnv)} is not a variable name`);
      const twice = targets.find((t) => `${t.owner}/${t.repo}`.toLowerCase() === d.repository.toLowerCase() && t.event === d.event);
      if (twice) found.push(`${origin}: ${d.repository} ${d.event} is listed twice (also ${twice.origin.replace(`${where}: `, '')})`);
      if (found.length) throw new UserError(found);
      targets.push({ owner: repository?.[1] ?? '', repo: repository?.[2] ?? '', event: d.event, ...(d.tokenEnv ? { tokenEnv: d.tokenEnv } : {}), origin });
    }),
  );
  return targets;
}
