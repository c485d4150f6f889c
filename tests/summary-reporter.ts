/**
 * A vitest reporter that ends the run with one plain line that CI reads:
 * `tests: N passed, N failed` (and `, N skipped` when some were skipped).
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

/** Counts of one test run. */
export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Counts tests by result. A test file or suite that failed outside its tests
 * (an import error, a failing `beforeAll`) and every unhandled error count as
 * one failure each, and a failed run with nothing else to blame (a failing
 * global setup, no test files) counts one, so a failed run never reads `0 failed`.
 *
 * @param testModules - the test files of the run
 * @param unhandledErrors - errors raised outside any test
 * @param reason - how vitest judged the run
 * @returns the counts
 */
export function countResults(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError>,
  reason: TestRunEndReason,
): RunCounts {
  const counts: RunCounts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const testModule of testModules) {
    const failedBefore = counts.failed;
    for (const test of testModule.children.allTests()) {
      const { state } = test.result();
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') counts.failed += 1;
      else if (state === 'skipped') counts.skipped += 1;
    }
    for (const suite of [testModule, ...testModule.children.allSuites()]) {
      if (suite.errors().length > 0) counts.failed += 1;
    }
    if (counts.failed === failedBefore && testModule.state() === 'failed') counts.failed += 1;
  }
  if (reason === 'failed' && counts.failed === 0) counts.failed = 1;
  return counts;
}

/**
 * Formats the closing line.
 *
 * @param counts - the run's counts
 * @returns e.g. `tests: 12 passed, 0 failed` or `tests: 3 passed, 1 failed, 2 skipped`
 */
export function summaryLine(counts: RunCounts): string {
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  return `tests: ${counts.passed} passed, ${counts.failed} failed${skipped}`;
}

/** Prints {@link summaryLine} after the default reporter's summary. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    process.stdout.write(`\n${summaryLine(countResults(testModules, unhandledErrors, reason))}\n`);
  }
}
