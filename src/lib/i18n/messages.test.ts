import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const load = (locale: string): Record<string, string> => {
	const { $schema: _schema, ...messages } = JSON.parse(
		readFileSync(join('messages', `${locale}.json`), 'utf8')
	) as Record<string, string>;
	return messages;
};

const nl = load('nl');
const en = load('en');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'paraglide' ? [] : sourceFiles(path);
		return /\.(svelte|ts)$/.test(e.name) ? [path] : [];
	});
}

/** Files that use the catalogue: there `m.key` is a message (elsewhere `m` may be a SQL alias). */
const catalogueUsers = sourceFiles('src')
	.map((path) => ({ path, text: readFileSync(path, 'utf8') }))
	.filter(({ text }) => /import \{ m \} from '\$lib\/paraglide\/messages'/.test(text));

describe('message catalogue', () => {
	it('has every Dutch message in English and the other way round', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
	});

	it.each(Object.keys(nl))('%s is translated in both languages', (key) => {
		expect(nl[key]?.trim()).toBeTruthy();
		expect(en[key]?.trim()).toBeTruthy();
	});

	it('uses the same placeholders in both languages', () => {
		const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
		for (const key of Object.keys(nl)) expect(params(en[key] ?? ''), key).toEqual(params(nl[key]!));
	});

	it('finds the code that uses it', () => {
		expect(catalogueUsers.length).toBeGreaterThan(50);
	});

	// A reference (`m.key`) counts as much as a call (`m.key()`): a table of message
	// functions is a use too.
	it('has every message the code uses, in both languages', () => {
		const missing = catalogueUsers.flatMap(({ path, text }) =>
			[...text.matchAll(/\bm\.([a-z][a-z0-9_]*)\b/g)]
				.map((match) => match[1]!)
				.filter((key) => !nl[key]?.trim() || !en[key]?.trim())
				.map((key) => `${path}: ${key}`)
		);
		expect(missing).toEqual([]);
	});

	// `m[name]` would hide its keys from the check above: write each key out.
	it('is never indexed with a computed key', () => {
		const computed = catalogueUsers
			.filter(({ text }) => /\bm\[/.test(text))
			.map(({ path }) => path);
		expect(computed).toEqual([]);
	});
});
