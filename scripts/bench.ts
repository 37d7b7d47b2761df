// npm run bench: every benchmark section in turn. Figures are medians over repeated runs on
// this machine; each line names its target and says PASS or MISS. Needs `npm run build`.
import { existsSync } from 'node:fs';
import { benchScoring } from './bench/scoring';
import { benchWorkflow } from './bench/workflow';

const sections: [string, () => Promise<void>][] = [
	['scoring', benchScoring],
	['workflow', benchWorkflow]
];

if (!existsSync('build/index.js')) {
	console.error('No build found: run `npm run build` first.');
	process.exit(2);
}
const only = process.argv[2];
for (const [name, run] of sections) {
	if (!only || only === name) await run();
}
