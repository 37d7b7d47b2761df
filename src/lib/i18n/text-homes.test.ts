import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// One home for each text (docs/architecture.md, "Where a text lives"): UI text in messages/*.json, the
// CLI's texts in src/lib/pso behind its one `Lang` type. These checks fail when a second
// home comes back.

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'paraglide' ? [] : sourceFiles(path);
		return /\.(svelte|ts)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
	});
}

const sources = sourceFiles('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

function declaring(pattern: RegExp): string[] {
	return sources.filter(({ text }) => pattern.test(text)).map(({ path }) => path);
}

describe('one home for each text', () => {
	it('reads the source tree', () => {
		expect(sources.length).toBeGreaterThan(100);
	});

	it('has one language type, in src/lib/pso/lang.ts', () => {
		expect(declaring(/\bexport\s+type\s+Lang\b/)).toEqual([join('src', 'lib', 'pso', 'lang.ts')]);
	});

	it('has no second table type for texts in several languages', () => {
		expect(existsSync(join('src', 'lib', 'csv', 'localized-text.ts'))).toBe(false);
		expect(declaring(/\b(type|interface)\s+LocalizedText\b/)).toEqual([]);
	});

	it.each(['positionLabel', 'contractLabel', 'rungLabel', 'purchaseKindLabel'])(
		'has one %s',
		(name) => {
			expect(declaring(new RegExp(`export\\s+function\\s+${name}\\b`))).toHaveLength(1);
		}
	);

	// Pages and forms show validation issues; the CLI prints their English `message`. So
	// their words are in the catalogue, worded in one place.
	it('words validation issues from the catalogue, in src/lib/i18n/validation-text.ts', () => {
		expect(existsSync(join('src', 'lib', 'pso', 'validation-messages.ts'))).toBe(false);
		expect(declaring(/export\s+function\s+(issueText|numberRefusalText)\b/)).toEqual([
			join('src', 'lib', 'i18n', 'validation-text.ts')
		]);
	});

	// The CSV layer reports codes; their words are in the catalogue (src/lib/i18n).
	it('keeps sentences for the user out of the CSV layer', () => {
		const csv = sources.filter(({ path }) => path.startsWith(join('src', 'lib', 'csv')));
		expect(csv.length).toBeGreaterThan(5);
		const withSentences = csv
			.filter(({ text }) => /\b(nl|en):\s*[`'](?:[^`']*\s){3}/.test(text))
			.map(({ path }) => path);
		expect(withSentences).toEqual([]);
	});
});
