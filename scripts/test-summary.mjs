// The closing lines of scripts/test.sh, over every vitest run of it (unit, integration): each
// skipped test with its reason, then one line
//   tests: N passed, N failed, N skipped
// Reads the JSON lines test/helpers/results-reporter.ts appended to the file named as argument.
// In CI (CI=true) it exits 1 when a test was skipped other than by skipAllowed(ctx, reason)
// (test/helpers/skip.ts): there a skipped test is a missing prerequisite, which must fail loudly.
import { readFileSync } from 'node:fs';

const ALLOWED_SKIP_PREFIX = 'allowed: '; // test/helpers/skip.ts
const runs = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const passed = runs.reduce((n, r) => n + r.passed, 0);
const failed = runs.reduce((n, r) => n + r.failed, 0);
const skipped = runs.flatMap((r) => r.skipped);
const ci = process.env.CI === 'true' || process.env.CI === '1';
const refused = skipped.filter((s) => !s.reason?.startsWith(ALLOWED_SKIP_PREFIX));

for (const s of skipped) {
  const allowed = s.reason?.startsWith(ALLOWED_SKIP_PREFIX);
  const why = allowed ? s.reason.slice(ALLOWED_SKIP_PREFIX.length) : (s.reason ?? 'no reason given');
  console.log(`skipped${allowed ? '' : ci ? ' (fails CI)' : ''}: ${s.test}: ${why}`);
}
if (ci && refused.length > 0) {
  console.log(`${refused.length} test(s) skipped in CI without skipAllowed(ctx, reason) (test/helpers/skip.ts): the run fails.`);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped.length} skipped`);
process.exit(ci && refused.length > 0 ? 1 : 0);
