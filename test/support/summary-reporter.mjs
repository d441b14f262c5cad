// Prints "N passed, N failed[, N skipped]" alone on the last line, which CI reads.
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken += 1;
      }
      // A test file that failed to load has no test results: count it as one failure.
      totals.failed += broken;
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      setTimeout(() => console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`), 0);
    },
  };
}
