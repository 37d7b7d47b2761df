// Adds, replaces or deletes UI messages in messages/nl.json and messages/en.json in one step,
// keeping the keys sorted, then recompiles paraglide:
//   npm run messages:set -- FILE.json
// FILE.json is {"key": {"nl": "…", "en": "…"}, …}; a value of null deletes the key. Both
// languages are required, so the catalogue never has a text in one language only.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
	console.error('usage: npm run messages:set -- FILE.json');
	process.exit(2);
}
const input = JSON.parse(readFileSync(file, 'utf8'));
for (const lang of ['nl', 'en']) {
	const path = `messages/${lang}.json`;
	const catalogue = JSON.parse(readFileSync(path, 'utf8'));
	for (const [key, value] of Object.entries(input)) {
		if (!/^[a-z][a-z0-9_]*$/.test(key)) throw new Error(`message key ${key}: use a-z, 0-9 and _`);
		if (value === null) delete catalogue[key];
		else if (typeof value[lang] !== 'string' || value[lang] === '')
			throw new Error(`message ${key} has no ${lang} text`);
		else catalogue[key] = value[lang];
	}
	const keys = [
		'$schema',
		...Object.keys(catalogue)
			.filter((k) => k !== '$schema')
			.sort()
	];
	writeFileSync(
		path,
		JSON.stringify(Object.fromEntries(keys.map((k) => [k, catalogue[k]])), null, '\t') + '\n'
	);
}
execSync('npm run --silent i18n:compile', { stdio: 'inherit' });
console.log(`set ${Object.keys(input).length} message(s)`);
