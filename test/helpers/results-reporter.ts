/**
 * A vitest reporter for scripts/test.sh: appends one JSON line per run to the file named by
 * TEST_RESULTS_FILE, with the run's passed and failed counts and every skipped test with its reason
 * (`ctx.skip(reason)`). scripts/test-summary.mjs adds the runs up into the closing `tests:` line
 * and applies the rule on skips in CI.
 */
import { appendFileSync } from 'node:fs';
import type { SerializedError } from 'vitest';
import type { Reporter, TestCase, TestModule } from 'vitest/node';

export interface RunResults {
  passed: number;
  failed: number;
  skipped: { test: string; reason?: string }[];
}

/** Whether a suite the test is in (up to its file) failed outside its tests: a hook or the import. */
function hookOfSuiteFailed(test: TestCase): boolean {
  for (let suite = test.parent; ; suite = suite.parent) {
    if (suite.errors().length > 0) return true;
    if (suite.type === 'module') return false;
  }
}

export default class ResultsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const file = process.env['TEST_RESULTS_FILE'];
    if (!file) return;
    // An unhandled error fails the run as a failed test does.
    const results: RunResults = { passed: 0, failed: unhandledErrors.length, skipped: [] };
    for (const module of testModules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const result = test.result();
        // A test that was to run but did not because a hook of its suite failed is a failure, not a skip.
        const hookFailed = result.state === 'skipped' && test.options.mode === 'run' && result.note === undefined && hookOfSuiteFailed(test);
        if (result.state === 'passed') results.passed++;
        else if (result.state === 'failed' || hookFailed) failedTests++;
        else results.skipped.push({ test: `${module.relativeModuleId} > ${test.fullName}`, reason: result.state === 'skipped' ? result.note : 'not run' });
      }
      // A file that failed outside its tests (an import, a hook) counts once.
      results.failed += failedTests > 0 ? failedTests : module.state() === 'failed' ? 1 : 0;
    }
    appendFileSync(file, `${JSON.stringify(results)}\n`);
  }
}
