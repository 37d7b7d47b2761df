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
		return /\.(svelte|ts)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
	});
}

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

	it('every message the code uses exists', () => {
		const used = new Set<string>();
		for (const file of sourceFiles('src')) {
			for (const match of readFileSync(file, 'utf8').matchAll(/\bm\.([a-z][a-z0-9_]*)\(/g)) {
				used.add(match[1]!);
			}
		}
		expect([...used].filter((k) => !(k in nl))).toEqual([]);
	});
});
