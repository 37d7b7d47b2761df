// Prints one plain line `N passed, N failed` over vitest's and Playwright's JSON reports,
// which is what CI reads as the test count.
import { existsSync, readFileSync } from 'node:fs';

const [unitFile, e2eFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

if (unitFile && existsSync(unitFile)) {
	const unit = JSON.parse(readFileSync(unitFile, 'utf8'));
	passed += unit.numPassedTests ?? 0;
	failed +=
		(unit.numFailedTests ?? 0) +
		(unit.numTotalTestSuites && unit.success === false && !unit.numFailedTests ? 1 : 0);
	skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else {
	failed += 1;
	console.log('test-summary: no unit test report');
}
if (e2eFile && existsSync(e2eFile)) {
	const { stats } = JSON.parse(readFileSync(e2eFile, 'utf8'));
	passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
	failed += stats.unexpected ?? 0;
	skipped += stats.skipped ?? 0;
} else {
	failed += 1;
	console.log('test-summary: no end-to-end test report');
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
