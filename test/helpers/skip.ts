import type { TestContext } from 'vitest';

/** How the reason of a skip that CI accepts begins (checked by scripts/test-summary.mjs). */
export const ALLOWED_SKIP_PREFIX = 'allowed: ';

/**
 * Skips the running test, saying why: the only skip CI accepts. In CI (CI=true) scripts/test.sh
 * fails the run on any other skipped test (`test.skip`, `skipIf`, `todo`, a bare `ctx.skip()`),
 * because a missing prerequisite there must fail loudly, not pass quietly. Every skip is listed,
 * with its reason, above the closing `tests:` line.
 */
export function skipAllowed(context: TestContext, reason: string): never {
  return context.skip(`${ALLOWED_SKIP_PREFIX}${reason}`);
}
