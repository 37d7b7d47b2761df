// Makes sure the end-to-end tests have a Chromium: CHROMIUM_PATH, Debian's /usr/bin/chromium or
// Playwright's own download; failing those, it installs one and says how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './chromium-path.js';

function playwrightsOwn() {
	try {
		const path = chromium.executablePath();
		return existsSync(path) ? path : null;
	} catch {
		return null;
	}
}

function run(command) {
	console.log(`ensure-chromium: ${command}`);
	execSync(command, { stdio: 'inherit' });
}

const found = chromiumExecutable() ?? playwrightsOwn();
if (found) {
	console.log(`ensure-chromium: using ${found}`);
	process.exit(0);
}

console.log('ensure-chromium: no Chromium found; trying to install one');
try {
	run('npx playwright install chromium');
	if (playwrightsOwn()) process.exit(0);
} catch {
	console.log('ensure-chromium: Playwright could not download a browser here');
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	run('apt-get update -qq');
	run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
	if (chromiumExecutable()) process.exit(0);
}
console.error(
	'ensure-chromium: no Chromium available. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.'
);
process.exit(1);
