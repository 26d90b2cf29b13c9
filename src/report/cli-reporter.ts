import { maskSecrets } from './mask.js';
import { jsonText, logLine, logLines } from './escape.js';
import type { CommandResult, Location, Reporter } from './reporter.js';

/**
 * Reporter for the CLI: messages on stderr (stdout stays clean for `--json`), secrets masked,
 * every line escaped (src/report/escape.ts): one message is one line, whatever it quotes.
 */
export class CliReporter implements Reporter {
  private readonly secrets: string[] = [];
  constructor(
    private readonly json: boolean,
    private readonly stdout: (s: string) => void = (s) => process.stdout.write(s),
    private readonly stderr: (s: string) => void = (s) => process.stderr.write(s),
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private mask(message: string): string {
    return maskSecrets(message, this.secrets);
  }
  private line(prefix: string, message: string, where?: Location): void {
    const at = where ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
    this.stderr(`${logLine(this.mask(`${prefix}${at}${message}`))}\n`);
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
  preflight(): void {}
  finish(result: CommandResult): void {
    if (this.json) this.stdout(`${this.mask(jsonText(result.json))}\n`);
    else if (result.summary) this.stdout(`${logLines(this.mask(result.summary))}\n`);
  }
  fail(message: string): void {
    this.line('error: ', message);
  }
}
