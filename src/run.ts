import { LOADERS } from './commands/load.js';
import type { Options } from './config/options.js';
import { isUserError } from './errors.js';
import type { CommandResult, Reporter } from './report/reporter.js';

export interface FinishingReporter extends Reporter {
  /** Checks the output channels (step outputs, job summary) before the command changes anything. */
  preflight?(): void;
  finish(result: CommandResult): void | Promise<void>;
  fail(message: string): void;
}

/**
 * Runs one command and turns its result into an exit code: 0 when it succeeded, 1 when it
 * reported a failure or refused bad input (one line, no stack), 2 for an unexpected crash.
 */
export async function runCommand(name: string, options: Options, reporter: FinishingReporter): Promise<number> {
  const load = LOADERS[name];
  if (!load) {
    reporter.fail(`input command: unknown command ${JSON.stringify(name)} (expected one of ${Object.keys(LOADERS).join(', ')})`);
    return 1;
  }
  try {
    reporter.preflight?.();
    const command = await load();
    const result = await command.run(options, reporter);
    // Outputs and the summary are written also for a failed run: what is known, then the cause.
    await reporter.finish(result);
    if (result.error !== undefined) throw result.error;
    if (!result.ok) {
      reporter.fail(`${name}: failed`);
      return 1;
    }
    return 0;
  } catch (err) {
    if (isUserError(err)) {
      for (const problem of err.problems) reporter.fail(problem);
      return 1;
    }
    // A defect of ours: the stack (one line per frame) helps whoever reports it.
    for (const frame of (err instanceof Error ? (err.stack ?? '') : '').split('\n').slice(1)) reporter.info(frame);
    reporter.fail(`${name}: unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
}
