// Writes jest's pass/fail counts to test-results/jest-summary.json, so .ci/run can print the plain
// "N passed, N failed, N skipped" line CI reads (CI does not read jest's own summary).
import { mkdirSync, writeFileSync } from 'node:fs';

export default class JestCountReporter {
  onRunComplete(_contexts, results) {
    mkdirSync('test-results', { recursive: true });
    writeFileSync(
      'test-results/jest-summary.json',
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}
