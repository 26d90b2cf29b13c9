import { exec, execChecked, execSync, type ExecOptions } from './exec.js';

/** The git binary: GIT_BIN, else `git` on the PATH. */
export function gitBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.GIT_BIN || 'git';
}

/** One wrapper for every git call the toolkit makes, in one repository (`git -C root`). */
export class Git {
  constructor(
    readonly root: string,
    readonly bin: string = gitBinary(),
  ) {}

  private args(args: string[]): string[] {
    return ['-C', this.root, ...args];
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

  /** Runs a git command in the repository; a non-zero exit is a ToolError. */
  run(what: string, args: string[], options: ExecOptions = {}) {
    return execChecked(what, this.bin, this.args(args), options);
  }

  /** Runs a git command and returns its result whatever the exit code. */
  try(args: string[], options: ExecOptions = {}) {
    return exec(this.bin, this.args(args), options);
  }
}
