/**
 * The one way this toolkit starts a process: an argument array (never a shell string), a deadline,
 * capped output, secrets kept out of argv and scrubbed from every message. Every tool wrapper in
 * this folder goes through here, and tests observe every spawn (`observeSpawns`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { UserError } from '../errors.js';
import { maskSecrets } from '../report/mask.js';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the process's stdin: the only way a secret reaches a tool. */
  stdin?: string;
  /** Values to scrub from any error message (they never appear in argv). */
  secrets?: string[];
  /** Deadline for the whole process (default 10 minutes); it is killed when it passes. */
  timeoutMs?: number;
  /** Each of stdout and stderr keeps at most this many bytes, the last ones (default 16 MiB). */
  maxOutputBytes?: number;
  /** Called with each line of output as it arrives (progress for long builds, debug logs). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Stops the process (SIGTERM) when aborted; the result then has `aborted`. */
  signal?: AbortSignal;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
  /** True when the deadline passed and the process was killed. */
  timedOut?: boolean;
  /** True when the caller's signal stopped it. */
  aborted?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_MAX_OUTPUT = 16 * 1024 * 1024;

/** A tool exited non-zero (or timed out). Callers decide by its fields, never by its message text. */
export class ToolError extends UserError {
  override name = 'ToolError';
  constructor(
    message: string,
    readonly tool: string,
    readonly exitCode: number,
    readonly stdout: string,
    readonly stderr: string,
    readonly timedOut = false,
  ) {
    super(message);
  }
}

/** The binary could not be started at all (not installed, not executable). */
export class ToolNotFoundError extends UserError {
  override name = 'ToolNotFoundError';
  constructor(
    message: string,
    readonly tool: string,
  ) {
    super(message);
  }
}

/** Observes every spawned argv; tests use it to prove no secret reaches a process's arguments. */
type SpawnObserver = (bin: string, args: readonly string[]) => void;
const observers = new Set<SpawnObserver>();
export function observeSpawns(observer: SpawnObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

export function scrub(text: string, secrets: string[] = []): string {
  return maskSecrets(text, secrets);
}

/** Keeps the last `max` bytes of a stream. */
class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly max: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.max && this.chunks.length > 1) this.size -= this.chunks.shift()!.length;
  }
  toString(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.max)).toString('utf8');
  }
}

function lines(onLine: ExecOptions['onLine'], stream: 'stdout' | 'stderr'): (chunk: Buffer) => void {
  let rest = '';
  return (chunk) => {
    if (!onLine) return;
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) onLine(line, stream);
  };
}

/**
 * The environment a tool gets: the caller's, without the action's inputs (INPUT_*: the runner
 * passes every input to this process that way, the registry password, the GitHub and npm tokens
 * among them), which no tool needs and none should see.
 */
export function toolEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')));
}

/**
 * Runs a tool quietly, capturing its output. Never throws for a non-zero exit (callers decide what
 * a failure means); throws ToolNotFoundError when the binary cannot be started.
 */
export function exec(bin: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  for (const observe of observers) observe(bin, args);
  const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: options.cwd,
      env: toolEnv(options.env ?? process.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
    });
    const stdout = new Tail(max);
    const stderr = new Tail(max);
    const outLines = lines(options.onLine, 'stdout');
    const errLines = lines(options.onLine, 'stderr');
    child.stdout.on('data', (c: Buffer) => (stdout.push(c), outLines(c)));
    child.stderr.on('data', (c: Buffer) => (stderr.push(c), errLines(c)));
    let timedOut = false;
    let aborted = false;
    const stop = (): void => {
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const onAbort = (): void => {
      aborted = true;
      stop();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      reject(new ToolNotFoundError(`cannot run ${bin}: ${scrub(err.code === 'ENOENT' ? 'not found (is it installed and on the PATH?)' : err.message, options.secrets)}`, bin));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ code: code ?? (signal ? 128 : 1), stdout: stdout.toString(), stderr: stderr.toString(), ...(timedOut ? { timedOut } : {}), ...(aborted ? { aborted } : {}) });
    });
    // A tool that exits without reading stdin must not crash us with EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
  });
}

/** The last lines of a failed tool's output, for a one-line message. */
export function lastLines(result: ExecResult, count = 5): string {
  return (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-count).map((l) => l.trim()).filter(Boolean).join(' | ');
}

/** Like exec, but a non-zero exit (or a timeout) is a ToolError carrying the tool's last output lines. */
export async function execChecked(what: string, bin: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  const result = await exec(bin, args, options);
  if (result.code !== 0 || result.timedOut) {
    const why = result.timedOut ? `did not finish within ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s` : `failed (exit ${result.code})`;
    throw new ToolError(`${what} ${why}: ${scrub(lastLines(result), options.secrets)}`, bin, result.code, result.stdout, result.stderr, result.timedOut);
  }
  return result;
}

/**
 * The synchronous form, for quick reads during configuration (a git remote, the head commit):
 * same observers, deadline (default 30 s) and output cap; never throws for a non-zero exit.
 */
export function execSync(bin: string, args: string[], options: Omit<ExecOptions, 'onLine'> = {}): ExecResult {
  for (const observe of observers) observe(bin, args);
  const result = spawnSync(bin, args, {
    cwd: options.cwd,
    env: toolEnv(options.env ?? process.env),
    input: options.stdin ?? '',
    timeout: options.timeoutMs ?? 30_000,
    maxBuffer: options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT,
    encoding: 'utf8',
    shell: false,
  });
  const error = result.error as NodeJS.ErrnoException | undefined;
  if (error?.code === 'ENOENT') throw new ToolNotFoundError(`cannot run ${bin}: not found (is it installed and on the PATH?)`, bin);
  const timedOut = error?.code === 'ETIMEDOUT';
  return { code: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ...(timedOut ? { timedOut } : {}) };
}
