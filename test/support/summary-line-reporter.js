/**
 * Prints the plain closing line "N passed, N failed" so CI can read the result
 * whatever runner produced it (jest's own summary is not one it parses).
 */
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `\njest: ${results.numPassedTests} passed, ${failed} failed` +
        (skipped ? `, ${skipped} skipped` : "") +
        "\n",
    );
  }
}
module.exports = SummaryLineReporter;
