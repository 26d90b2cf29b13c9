/** Where a message points: a file (relative to the repository root) and line of the repository being released. */
export interface Location {
  file: string;
  line?: number;
}

/**
 * How a command talks to its user. The action's reporter turns these into workflow commands,
 * outputs and a job summary; the CLI's prints them. Commands never write to stdout directly, and
 * pass text as it is: the reporters escape everything for their channel (src/report/escape.ts).
 */
export interface Reporter {
  info(message: string): void;
  warning(message: string, where?: Location): void;
  /** An error at a place (an annotation on GitHub); the command still decides the exit code. */
  error(message: string, where?: Location): void;
  /** Detail for diagnosing a run: shown only with debug logging (RUNNER_DEBUG=1 on GitHub, and for the CLI). */
  debug(message: string): void;
  /** Runs `fn` with the lines it prints folded under `name` (a log group on GitHub). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value to mask in every later log line (GitHub) and keep out of output. */
  secret(value: string): void;
  /**
   * Keeps `value` for the action's `post:` step (action state); the CLI has no post step. The clean-up
   * registry saves what is left to remove here each time it changes.
   */
  saveState?(name: string, value: string): void;
}

export interface CommandResult {
  ok: boolean;
  /** Why the command failed (what a step threw): reported once the outputs and summary are written. */
  error?: unknown;
  /** Action outputs; the CLI's `--json` result carries the same names. */
  outputs: Record<string, string>;
  /** Markdown for the job summary (untrusted parts escaped with `md`/`markdownTable`); the CLI prints it as text. */
  summary?: string;
  /** Machine-readable result for `--json`: the outputs' names (kebab-case), plus details. */
  json: unknown;
}

export { markdownTable, md, Markdown, type Cell } from './escape.js';
