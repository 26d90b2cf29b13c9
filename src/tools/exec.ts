import { getExecOutput } from '@actions/exec';
import { UserError } from '../errors.js';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the process's stdin: the only way a secret reaches a tool. */
  stdin?: string;
  /** Values to scrub from any error message (they never appear in argv). */
  secrets?: string[];
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Observes every spawned argv; tests use it to prove no secret reaches a process's arguments. */
type SpawnObserver = (bin: string, args: readonly string[]) => void;
const observers = new Set<SpawnObserver>();
export function observeSpawns(observer: SpawnObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

function scrub(text: string, secrets: string[] = []): string {
  return secrets.filter(Boolean).reduce((t, s) => t.split(s).join('***'), text);
}

/**
 * Runs a tool with an argument array (never a shell string), quietly, capturing its output.
 * Never throws for a non-zero exit: callers decide what a failure means.
 */
export async function exec(bin: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  for (const observe of observers) observe(bin, args);
  try {
    const result = await getExecOutput(bin, args, {
      cwd: options.cwd,
      env: options.env as Record<string, string> | undefined,
      input: options.stdin === undefined ? undefined : Buffer.from(options.stdin),
      silent: true,
      ignoreReturnCode: true,
    });
    return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
  } catch (err) {
    // @actions/exec throws when the binary cannot be started (ENOENT).
    throw new UserError(`cannot run ${bin}: ${scrub((err as Error).message, options.secrets)}`);
  }
}

/** Like exec, but a non-zero exit is a UserError carrying the tool's last stderr lines. */
export async function execChecked(what: string, bin: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  const result = await exec(bin, args, options);
  if (result.code !== 0) {
    const detail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join(' | ');
    throw new UserError(`${what} failed (exit ${result.code}): ${scrub(detail, options.secrets)}`);
  }
  return result;
}
