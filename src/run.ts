import { LOADERS } from './commands/load.js';
import type { Options } from './config/options.js';
import { isUserError, UserError } from './errors.js';
import type { CommandResult, Reporter } from './report/reporter.js';
import { CleanupRegistry } from './tools/cleanup.js';
import { localHost } from './tools/host.js';

export interface FinishingReporter extends Reporter {
  /** Checks the output channels (step outputs, job summary) before the command changes anything. */
  preflight?(): void;
  finish(result: CommandResult): void | Promise<void>;
  fail(message: string): void;
}

/** How long a command may take to stop by itself after SIGINT/SIGTERM before what it started is removed under it. */
const GRACE_MS = 20_000;

/** Removes what is registered and says what could not be removed. */
async function removeAll(cleanup: CleanupRegistry, reporter: Reporter): Promise<void> {
  for (const problem of await cleanup.runAll()) reporter.warning(`not removed: ${problem}`);
}

/**
 * Runs one command and turns its result into an exit code: 0 when it succeeded, 1 when it
 * reported a failure or refused bad input (one line, no stack), 2 for an unexpected crash, 130 when
 * interrupted. Whatever the command registered for clean-up is removed when it ends, however it
 * ends; on Actions the list is kept as state too, for the `post:` step of a cancelled job.
 */
export async function runCommand(name: string, options: Options, reporter: FinishingReporter): Promise<number> {
  const load = LOADERS[name];
  if (!load) {
    reporter.fail(`input command: unknown command ${JSON.stringify(name)} (expected one of ${Object.keys(LOADERS).join(', ')})`);
    return 1;
  }
  const cleanup = new CleanupRegistry((actions) => reporter.saveState?.('cleanup', JSON.stringify(actions)));
  const interrupt = new AbortController();
  let interrupted = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    interrupted++;
    if (interrupted === 1) {
      interrupt.abort(new UserError(`interrupted (${signal})`));
      // The command stops at its next step and removes what it made; if it does not, it is done here.
      setTimeout(() => void removeAll(cleanup, reporter).finally(() => process.exit(130)), GRACE_MS).unref();
    } else {
      void removeAll(cleanup, reporter).finally(() => process.exit(130));
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    reporter.preflight?.();
    const command = await load();
    const result = await command.run(options, reporter, { cleanup, signal: interrupt.signal, host: localHost() });
    await removeAll(cleanup, reporter);
    // Outputs and the summary are written also for a failed run: what is known, then the cause.
    await reporter.finish(result);
    if (result.error !== undefined) throw result.error;
    if (!result.ok) {
      reporter.fail(`${name}: failed`);
      return 1;
    }
    return interrupted ? 130 : 0;
  } catch (err) {
    await removeAll(cleanup, reporter);
    if (isUserError(err)) {
      for (const problem of err.problems) reporter.fail(problem);
      return interrupted ? 130 : 1;
    }
    // A defect of ours: the stack (one line per frame) helps whoever reports it.
    for (const frame of (err instanceof Error ? (err.stack ?? '') : '').split('\n').slice(1)) reporter.info(frame);
    reporter.fail(`${name}: unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
