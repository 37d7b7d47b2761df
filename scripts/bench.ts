// npm run bench: every benchmark section in turn. Figures are medians over repeated runs on
// this machine; each line names its target and says PASS or MISS. Needs `npm run build`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchFairness } from './bench/fairness';
import { benchLists } from './bench/lists';
import { benchLinesXlsx } from './bench/lines-xlsx';
import { benchPortfolio } from './bench/portfolio';
import { benchScoring } from './bench/scoring';
import { benchTimeline } from './bench/timeline';
import { buildDir } from './bench/server-harness';
import { benchRoster } from './bench/roster';
import { benchWorkflow } from './bench/workflow';

// [name, run, needs the built server]
const sections: [string, () => Promise<void>, boolean][] = [
	['scoring', benchScoring, false],
	['workflow', benchWorkflow, true],
	['timeline', benchTimeline, true],
	['portfolio', benchPortfolio, true],
	['fairness', benchFairness, true],
	['lists', benchLists, true],
	['roster', benchRoster, false],
	['lines-xlsx', benchLinesXlsx, false]
];

const only = process.argv[2];
const chosen = sections.filter(([name]) => !only || only === name);
if (chosen.some(([, , needsBuild]) => needsBuild) && !existsSync(join(buildDir, 'index.js'))) {
	console.error('No build found: run `npm run build` first.');
	process.exit(2);
}
// A failed section is reported and the others still run; each stops its own server.
let failed = 0;
for (const [name, run] of chosen) {
	try {
		await run();
	} catch (e) {
		failed++;
		console.error(`  section ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
	}
}
if (failed > 0) process.exitCode = 1;
