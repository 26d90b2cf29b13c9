import { run as runChart } from '../../src/commands/chart.js';
import type { Options } from '../../src/config/options.js';
import { isUserError } from '../../src/errors.js';
import type { CommandResult, Location, Reporter } from '../../src/report/reporter.js';
import type { CommandSession } from '../../src/commands/load.js';
import { CleanupRegistry } from '../../src/tools/cleanup.js';
import { observeSpawns } from '../../src/tools/exec.js';
import { localHost, type Host } from '../../src/tools/host.js';

/** A reporter that keeps every line a command says, to assert on them (and on what they must not hold). */
export class CapturingReporter implements Reporter {
  readonly lines: string[] = [];
  readonly secrets: string[] = [];
  info(message: string): void {
    this.lines.push(`info: ${message}`);
  }
  warning(message: string, where?: Location): void {
    this.lines.push(`warning: ${where ? `${where.file}: ` : ''}${message}`);
  }
  error(message: string, where?: Location): void {
    this.lines.push(`error: ${where ? `${where.file}: ` : ''}${message}`);
  }
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`group: ${name}`);
    return fn();
  }
  secret(value: string): void {
    this.secrets.push(value);
  }
  text(): string {
    return this.lines.join('\n');
  }
}

export interface InProcessRun {
  result?: CommandResult;
  error?: string;
  reporter: CapturingReporter;
  /** Every argv spawned while the command ran. */
  spawned: string[][];
}

/** Runs a command in this process as src/run.ts does (one clean-up registry, emptied at the end), capturing its lines and every process it spawns. */
export async function runInProcess(
  command: (options: Options, reporter: Reporter, session: CommandSession) => Promise<CommandResult>,
  options: Options,
  machine: { host?: Host } = {},
): Promise<InProcessRun> {
  const reporter = new CapturingReporter();
  const spawned: string[][] = [];
  const stop = observeSpawns((bin, args) => spawned.push([bin, ...args]));
  const cleanup = new CleanupRegistry();
  try {
    const result = await command(options, reporter, { cleanup, signal: new AbortController().signal, host: machine.host ?? localHost() });
    // A failed step is returned with the result (its summary and outputs are written), not thrown.
    if (result.error !== undefined) {
      if (!isUserError(result.error)) throw result.error;
      return { result, error: result.error.message, reporter, spawned };
    }
    return { result, reporter, spawned };
  } catch (err) {
    if (!isUserError(err)) throw err;
    return { error: err.message, reporter, spawned };
  } finally {
    for (const problem of await cleanup.runAll()) reporter.warning(`not removed: ${problem}`);
    stop();
  }
}

export const chartCommand = runChart;

/** A machine for unit tests: `architecture`, and the foreign architectures it emulates (default: arm64, as after scripts/setup/qemu.sh). */
export function fakeHost(architecture = 'amd64', emulated: string[] = ['arm64']): Host {
  return { architecture, emulates: (arch) => emulated.includes(arch) };
}
