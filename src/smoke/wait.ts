import { UserError } from '../errors.js';

/**
 * Throws when the method's budget is spent: called before each step that creates something, so a
 * deploy cut off by its budget stops there instead of making things after the clean-up has run.
 */
export function checkpoint(env: { signal: AbortSignal }): void {
  if (env.signal.aborted) throw env.signal.reason instanceof Error ? env.signal.reason : new UserError('cancelled');
}

/**
 * Re-checks `check` until it returns true (chart-testing style: a wait that looks again, instead of
 * one long blocking call). An error thrown by `check` ends the wait at once (a container that exited
 * will not become healthy); the signal ends it with what was last seen.
 */
export async function waitFor(what: string, signal: AbortSignal, check: () => Promise<boolean>, intervalMs = 1_000): Promise<void> {
  let checks = 0;
  for (;;) {
    if (signal.aborted) throw new UserError(`${what}: not reached after ${checks} checks (${(signal.reason as Error)?.message ?? 'cancelled'})`);
    checks++;
    if (await check()) return;
    await new Promise<void>((resolve) => {
      const onAbort = (): void => (clearTimeout(timer), resolve());
      const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), intervalMs);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
