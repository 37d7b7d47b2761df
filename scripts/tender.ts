// npm run tender -- FILE.json [--format json|text] [--lang nl|en]
// Thin wrapper: all logic is in tender-cli.ts and src/lib/sr.
import { readFileSync } from 'node:fs';
import { runTenderCli } from './tender-cli';

const outcome = runTenderCli(process.argv.slice(2), {
	readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8')
});
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
