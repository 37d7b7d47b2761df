// npm run score -- FILE.json [--ruleset ID] [--ruleset-file FILE] [--format json|text] [--lang nl|en]
// Thin wrapper: all logic is in score-cli.ts and src/lib/pso.
import { readFileSync } from 'node:fs';
import { runScoreCli } from './score-cli';

const outcome = runScoreCli(process.argv.slice(2), {
	readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8')
});
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
