/**
 * Every npm process the toolkit starts: `npm pack` in the package directory, and the registry
 * commands (whoami, access, publish, dist-tag) in a private directory outside the work tree whose
 * userconfig .npmrc scopes the token to one registry. The token travels only in the child's
 * environment (NODE_AUTH_TOKEN, which that .npmrc names), never in an argument; npm's messages
 * are scrubbed of it before they go anywhere.
 */
import { DEFAULT_TIMEOUT_MS, exec, lastLines, scrub, ToolError, type ExecOptions, type ExecResult } from './exec.js';

/** The npm binary: NPM_BIN, else `npm` on the PATH. */
export function npmBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.NPM_BIN || 'npm';
}

/** Where the registry commands run and with which credentials (made by src/npm/session.ts). */
export interface NpmSession {
  /** The registry URL, ending in `/`. */
  registry: string;
  /** The package's scope (`@vfarcic`): its registry is set too, so no scope registry elsewhere in npm's config redirects it. */
  scope?: string;
  /** A private directory outside the work tree: the commands' working directory and npm prefix (no project .npmrc is read). */
  dir: string;
  /** The userconfig .npmrc in `dir`: `//host/path/:_authToken=${NODE_AUTH_TOKEN}` for this registry only. */
  userconfig: string;
  token?: string;
}

/** npm failed: its error code (E403, ENEEDAUTH, EPUBLISHCONFLICT, ...) and summary, scrubbed of the token. */
export class NpmError extends ToolError {
  override name = 'NpmError';
  constructor(
    message: string,
    bin: string,
    result: ExecResult,
    /** npm's `code` (`npm error code E403`), when it printed one. */
    readonly npmCode: string | undefined,
    /** npm's error lines, joined (without the "complete log" pointer). */
    readonly summary: string,
  ) {
    super(message, bin, result.code, result.stdout, result.stderr, result.timedOut);
  }
}

/** npm's error lines (`npm error ...` since npm 10, `npm ERR! ...` before). */
export function npmErrorLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((l) => /^npm (?:error|ERR!)\s?(.*)$/.exec(l.trimEnd())?.[1]?.trim())
    .filter((l): l is string => !!l && !/^A complete log of this run can be found in/.test(l) && !/^Log files were not written/.test(l));
}

/** npm's error code from its output (`npm error code E404`), or the one in a `--json` error object. */
export function npmErrorCode(result: Pick<ExecResult, 'stdout' | 'stderr'>): string | undefined {
  for (const line of npmErrorLines(result.stderr)) {
    const code = /^code (\S+)$/.exec(line)?.[1];
    if (code) return code;
  }
  return /"code"\s*:\s*"([A-Z0-9_]+)"/.exec(result.stdout)?.[1];
}

/** Keys of the environment that carry npm credentials (a token in the environment, or npm settings holding one). */
function credentialKey(key: string): boolean {
  if (key === 'NODE_AUTH_TOKEN') return true;
  const lower = key.toLowerCase();
  if (!lower.startsWith('npm_config_')) return false;
  const setting = lower.slice('npm_config_'.length);
  return setting.startsWith('//') || setting.startsWith('_') || setting.includes('token') || setting.includes('_auth');
}

/** Keys of the environment that would point a registry command at another registry or config file. */
function registryKey(key: string): boolean {
  const lower = key.toLowerCase();
  if (!lower.startsWith('npm_config_')) return false;
  const setting = lower.slice('npm_config_'.length);
  return setting === 'userconfig' || setting === 'registry' || setting.endsWith(':registry');
}

/** Quiet, non-interactive npm: no update check, no funding or audit lines, no log files left behind. */
const QUIET: NodeJS.ProcessEnv = {
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_logs_max: '0',
  npm_config_progress: 'false',
};

/** The environment of a registry command: ours, less any npm credentials or registry it holds, plus the session's. */
export function registryEnv(session: NpmSession, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) if (!credentialKey(key) && !registryKey(key)) env[key] = value;
  return { ...env, ...QUIET, npm_config_userconfig: session.userconfig, ...(session.token ? { NODE_AUTH_TOKEN: session.token } : {}) };
}

/** The environment of `npm pack`: the package's own scripts run, and need no publish token. */
export function packEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) if (!credentialKey(key)) env[key] = value;
  return { ...env, ...QUIET };
}

/** `--registry` (and the scope's registry), the same on every registry command. */
export function registryArgs(session: Pick<NpmSession, 'registry' | 'scope'>): string[] {
  // `--@scope:registry=URL` in one argument: npm takes a separate value for it as a positional argument.
  return ['--registry', session.registry, ...(session.scope ? [`--${session.scope}:registry=${session.registry}`] : [])];
}

export interface PublishOptions {
  tag: string;
  access?: 'public' | 'restricted';
  provenance?: boolean;
}

/** One wrapper for every npm call the toolkit makes. Registry failures are NpmErrors carrying npm's code. */
export class Npm {
  constructor(readonly bin: string = npmBinary()) {}

  /** `npm --version`, or undefined when npm cannot be run. */
  async version(): Promise<string | undefined> {
    try {
      const result = await exec(this.bin, ['--version'], { timeoutMs: 30_000, env: packEnv() });
      return result.code === 0 ? result.stdout.trim() : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * `npm pack --json` of `packageDir` into `destination` (the package's prepack/prepare/postpack
   * scripts run, as with npm's own publish). Resolves to npm's report (undefined when its JSON could
   * not be told apart from what the scripts printed); the caller finds the tarball in `destination`.
   */
  async pack(packageDir: string, destination: string, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<PackReport | undefined> {
    const args = ['pack', '--json', '--pack-destination', destination];
    const result = await this.checked(`npm pack (in ${packageDir})`, args, { cwd: packageDir, env: packEnv(), timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, signal: options.signal });
    return parsePackReport(result.stdout);
  }

  /** `npm whoami`: the user the registry knows the token as. */
  async whoami(session: NpmSession): Promise<string> {
    const result = await this.registry(session, 'npm whoami', ['whoami'], 60_000);
    return result.stdout.trim().split('\n').at(-1)?.trim() ?? '';
  }

  /** `npm access list collaborators NAME --json`: user -> read-only | read-write. */
  async collaborators(session: NpmSession, name: string): Promise<Record<string, string>> {
    const result = await this.registry(session, `npm access list collaborators ${name}`, ['access', 'list', 'collaborators', name, '--json'], 60_000);
    const parsed: unknown = JSON.parse(result.stdout.trim() || '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new NpmError(`npm access list collaborators ${name}: not a JSON map`, this.bin, { code: 0, stdout: '', stderr: '' }, undefined, '');
    return Object.fromEntries(Object.entries(parsed).map(([user, access]) => [user, String(access)]));
  }

  /** `npm publish TARBALL --tag TAG` (the tarball made by pack: npm runs no script of the package here). */
  async publish(session: NpmSession, tarball: string, options: PublishOptions): Promise<void> {
    const args = ['publish', tarball, '--tag', options.tag, ...(options.access ? ['--access', options.access] : []), ...(options.provenance ? ['--provenance'] : [])];
    await this.registry(session, `npm publish ${tarball.split('/').at(-1)}`, args, 10 * 60_000);
  }

  /** `npm dist-tag add NAME@VERSION TAG`. */
  async distTagAdd(session: NpmSession, name: string, version: string, tag: string): Promise<void> {
    await this.registry(session, `npm dist-tag add ${name}@${version} ${tag}`, ['dist-tag', 'add', `${name}@${version}`, tag], 120_000);
  }

  private registry(session: NpmSession, what: string, args: string[], timeoutMs: number): Promise<ExecResult> {
    // `--prefix` pins npm's project directory to the session's: without it npm walks up from its working
    // directory to the first package.json and reads the .npmrc there, above the userconfig.
    return this.checked(what, [...args, ...registryArgs(session), '--prefix', session.dir], { cwd: session.dir, env: registryEnv(session), timeoutMs, secrets: session.token ? [session.token] : [] });
  }

  /** Runs npm; a non-zero exit (or a deadline passed) is an NpmError naming npm's code and its error lines. */
  private async checked(what: string, args: string[], options: ExecOptions): Promise<ExecResult> {
    const result = await exec(this.bin, args, options);
    if (result.code === 0 && !result.timedOut && !result.aborted) return result;
    const code = npmErrorCode(result);
    const lines = npmErrorLines(result.stderr).filter((l) => !/^code \S+$/.test(l));
    // npm's usage text runs to dozens of lines: its first ones say enough.
    const summary = scrub((lines.join(' | ') || lastLines(result)).slice(0, 600), options.secrets);
    const why = result.timedOut ? `did not finish within ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s` : result.aborted ? 'was stopped' : `failed (${code ?? `exit ${result.code}`})`;
    throw new NpmError(`${what} ${why}: ${summary}`, this.bin, { ...result, stdout: scrub(result.stdout, options.secrets), stderr: scrub(result.stderr, options.secrets) }, code, summary);
  }
}

/** What `npm pack --json` says of the tarball it wrote. */
export interface PackReport {
  name: string;
  version: string;
  filename: string;
  integrity: string;
  shasum: string;
  entryCount?: number;
}

/**
 * npm's JSON report, found after whatever the package's scripts printed on stdout before it:
 * the last line that opens a JSON array at its start and parses to the end.
 */
export function parsePackReport(stdout: string): PackReport | undefined {
  const lines = stdout.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i]!.startsWith('[')) continue;
    try {
      const parsed: unknown = JSON.parse(lines.slice(i).join('\n'));
      const first = Array.isArray(parsed) ? (parsed[0] as Partial<PackReport> | undefined) : undefined;
      if (first && typeof first.filename === 'string' && typeof first.integrity === 'string') return first as PackReport;
    } catch {
      // a script's output that happens to start with "[": keep looking further up
    }
  }
  return undefined;
}
