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
/**
 * End-to-end tests that took more than half of their time limit: on a busier machine they are
 * the next to fail, so they are named while they still pass.
 */
function closeToTheirLimit(report) {
	const out = [];
	const walk = (suite) => {
		for (const spec of suite.specs ?? [])
			for (const t of spec.tests)
				for (const r of t.results) {
					const limit = t.timeout * (t.annotations.some((a) => a.type === 'slow') ? 3 : 1);
					if (limit > 0 && r.duration > limit / 2)
						out.push(
							`${spec.file}: ${spec.title} (${(r.duration / 1000).toFixed(1)} s of ${limit / 1000} s)`
						);
				}
		for (const child of suite.suites ?? []) walk(child);
	};
	for (const suite of report.suites ?? []) walk(suite);
	return out;
}

if (e2eFile && existsSync(e2eFile)) {
	const report = JSON.parse(readFileSync(e2eFile, 'utf8'));
	const { stats } = report;
	for (const line of closeToTheirLimit(report))
		console.log(`test-summary: slow, more than half its time limit: ${line}`);
	passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
	failed += stats.unexpected ?? 0;
	skipped += stats.skipped ?? 0;
} else {
	failed += 1;
	console.log('test-summary: no end-to-end test report');
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
