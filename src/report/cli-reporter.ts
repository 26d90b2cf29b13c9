import type { CommandResult, Location, Reporter } from './reporter.js';

/** Reporter for the CLI: messages on stderr (stdout stays clean for `--json`), secrets masked. */
export class CliReporter implements Reporter {
  private readonly secrets: string[] = [];
  constructor(
    private readonly json: boolean,
    private readonly stdout: (s: string) => void = (s) => process.stdout.write(s),
    private readonly stderr: (s: string) => void = (s) => process.stderr.write(s),
  ) {}

  private mask(message: string): string {
    return this.secrets.reduce((m, s) => m.split(s).join('***'), message);
  }
  private at(where?: Location): string {
    return where ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
  }
  info(message: string): void {
    this.stderr(`${this.mask(message)}\n`);
  }
  warning(message: string, where?: Location): void {
    this.stderr(`warning: ${this.at(where)}${this.mask(message)}\n`);
  }
  error(message: string, where?: Location): void {
    this.stderr(`error: ${this.at(where)}${this.mask(message)}\n`);
  }
  secret(value: string): void {
    if (value) this.secrets.push(value);
  }
  finish(result: CommandResult): void {
    if (this.json) this.stdout(`${this.mask(JSON.stringify(result.json, null, 2))}\n`);
    else if (result.summary) this.stdout(`${this.mask(result.summary)}\n`);
  }
  fail(message: string): void {
    this.stderr(`error: ${this.mask(message)}\n`);
  }
}
