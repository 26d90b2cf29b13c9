/** Where a message points: a file and line of the repository being released. */
export interface Location {
  file: string;
  line?: number;
}

/**
 * How a command talks to its user. The action's reporter turns these into workflow commands,
 * outputs and a job summary; the CLI's prints them. Commands never write to stdout directly.
 */
export interface Reporter {
  info(message: string): void;
  warning(message: string, where?: Location): void;
  /** An error at a place (an annotation on GitHub); the command still decides the exit code. */
  error(message: string, where?: Location): void;
  /** Registers a value to mask in every later log line (GitHub) and keep out of output. */
  secret(value: string): void;
}

export interface CommandResult {
  ok: boolean;
  /** Why the command failed (what a step threw): reported once the outputs and summary are written. */
  error?: unknown;
  /** Action outputs (and the CLI's `--json` result). */
  outputs: Record<string, string>;
  /** Markdown for the job summary; the CLI prints it as text. */
  summary?: string;
  /** Machine-readable result for `--json`. */
  json: unknown;
}

export function markdownTable(header: string[], rows: string[][]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}
