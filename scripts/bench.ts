// npm run bench: every benchmark section in turn. Figures are medians over repeated runs on
// this machine; each line names its target and says PASS or MISS. Needs `npm run build`.
import { existsSync } from 'node:fs';
import { benchPortfolio } from './bench/portfolio';
import { benchScoring } from './bench/scoring';
import { benchTimeline } from './bench/timeline';
import { benchWorkflow } from './bench/workflow';

// [name, run, needs the built server]
const sections: [string, () => Promise<void>, boolean][] = [
	['scoring', benchScoring, false],
	['workflow', benchWorkflow, true],
	['timeline', benchTimeline, true],
	['portfolio', benchPortfolio, true]
];

const only = process.argv[2];
const chosen = sections.filter(([name]) => !only || only === name);
if (chosen.some(([, , needsBuild]) => needsBuild) && !existsSync('build/index.js')) {
	console.error('No build found: run `npm run build` first.');
	process.exit(2);
}
for (const [, run] of chosen) await run();
