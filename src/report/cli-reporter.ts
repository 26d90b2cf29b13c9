import { appendFileSync, closeSync, openSync, writeFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { maskSecrets } from './mask.js';
import { cliInputNames, jsonText, logLine, logLines } from './escape.js';
import type { CommandResult, Location, Reporter } from './reporter.js';

/** What the CLI was asked for besides its command's options. */
export interface CliSettings {
  /** The running command's option names: messages name `input foo` as the flag typed, `--foo`. */
  options?: readonly string[];
  /** `--summary FILE`: where the Markdown summary goes (`-`: stdout). */
  summary?: string;
}

/**
 * Reporter for the CLI: messages on stderr (stdout stays clean for `--json`), secrets masked,
 * every line escaped (src/report/escape.ts): one message is one line, whatever it quotes. Inputs are
 * named as the flags the user typed. The Markdown summary goes where it is wanted only: the
 * `--summary` file, else `$GITHUB_STEP_SUMMARY` on a runner; never after the log lines on a terminal
 * (it would repeat them).
 */
export class CliReporter implements Reporter {
  private readonly secrets: string[] = [];
  constructor(
    private readonly json: boolean,
    private readonly stdout: (s: string) => void = (s) => process.stdout.write(s),
    private readonly stderr: (s: string) => void = (s) => process.stderr.write(s),
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly settings: CliSettings = {},
  ) {}

  private mask(message: string): string {
    return maskSecrets(message, this.secrets);
  }
  private flags(message: string): string {
    return this.settings.options ? cliInputNames(message, this.settings.options) : message;
  }
  private line(prefix: string, message: string, where?: Location): void {
    const at = where ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
    this.stderr(`${logLine(this.mask(`${prefix}${at}${this.flags(message)}`))}\n`);
  }
  info(message: string): void {
    this.line('', message);
  }
  warning(message: string, where?: Location): void {
    this.line('warning: ', message, where);
  }
  error(message: string, where?: Location): void {
    this.line('error: ', message, where);
  }
  debug(message: string): void {
    if (this.env.RUNNER_DEBUG === '1') this.line('debug: ', message);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.line('== ', name);
    return fn();
  }
  secret(value: string): void {
    if (value) this.secrets.push(value);
  }
  /** The summary file must take the summary before the command changes anything. */
  preflight(): void {
    const file = this.summaryFile();
    if (!file || file === '-') return;
    try {
      closeSync(openSync(file, 'a'));
    } catch (err) {
      throw new UserError(`${this.settings.summary ? 'input summary' : 'GITHUB_STEP_SUMMARY'}: ${file} cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }
  private summaryFile(): string | undefined {
    return this.settings.summary ?? (this.env.GITHUB_STEP_SUMMARY || undefined);
  }
  finish(result: CommandResult): void {
    if (this.json) this.stdout(`${this.mask(jsonText(result.json))}\n`);
    const file = this.summaryFile();
    if (!result.summary || !file) return;
    const summary = this.mask(this.flags(result.summary));
    if (file === '-') this.stdout(`${logLines(summary)}\n`);
    else if (this.settings.summary) writeFileSync(file, `${summary}\n`);
    else appendFileSync(file, `${summary}\n`);
  }
  fail(message: string): void {
    this.line('error: ', message);
  }
}
