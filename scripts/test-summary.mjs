// Prints one closing line for the unit and end-to-end runs together, "tests: N passed, N failed",
// from vitest's JSON reports: the form CI reads whatever the test runner.
import fs from 'node:fs';

const reports = ['test-artifacts/unit-results.json', 'test-artifacts/e2e-results.json'];

// `--reset` before a run, so that a report left by an earlier run is never counted.
if (process.argv.includes('--reset')) {
  for (const file of reports) fs.rmSync(file, { force: true });
  process.exit(0);
}
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  if (!fs.existsSync(file)) {
    console.error(`No test report at ${file}: did that run start?`);
    process.exit(1);
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
