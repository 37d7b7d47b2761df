// A newcomer must be able to follow any rule the code cites to its description in docs/ in
// one hop, so a citation that leads nowhere fails here, naming file and line.
//
// How a citation resolves (the rule this test enforces):
// - A citation is `§` followed by a section number: `§3`, `§3.15`, `§3a`, `§2.1`. A range
//   (`§3.3-3.6`, `§3.10–3.11`) cites both of its ends.
// - The word just before `§` may name the document (case-insensitive, `.md` ignored):
//   `contract`, `scoring-contract`, `rules`, `scoring-rules` → docs/scoring-rules.md;
//   `pso-method`, `method` → docs/method.md.
// - Without such a word (nothing, or an ordinary word such as "the"), the citation means
//   docs/scoring-rules.md, unless it continues a list that began with a named document on
//   the same line ("pso-method §2.1, §2.2" cites method 2.1 and 2.2), or a comment
//   wrapped it right after the document word ("… scoring contract" / "// §2 …").
// - Any other hyphenated or `.md` word before `§`, and `conventions`, names a document that
//   is not in docs/: the citation fails.
// - Section N exists when a heading of that document starts with it: `## 3a. The result`,
//   `### 3.15. Next rung`. The sections are read from the docs, never listed here.
// Source ids (`S16`) cited under src/lib/pso must each be listed under "## Sources" in
// docs/method.md, and that list must hold exactly the ids of src/lib/pso/sources.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const thisFile = fileURLToPath(import.meta.url);

const docFiles = {
	rules: 'docs/scoring-rules.md',
	method: 'docs/method.md',
	sr: 'docs/social-return.md'
} as const;
type Doc = keyof typeof docFiles;
/** The anchor prefix each document gives its numbered sections (`rule-3-15`). */
const anchorPrefix: Record<Doc, string> = { rules: 'rule', method: 'pso-method', sr: 'sr' };

const documentWords: Record<string, Doc> = {
	contract: 'rules',
	'scoring-contract': 'rules',
	rules: 'rules',
	'scoring-rules': 'rules',
	'pso-method': 'method',
	method: 'method',
	sr: 'sr',
	'social-return': 'sr'
};
/** Documents that live outside docs/, cited without a hyphen or `.md`. */
const outsideWords = new Set(['conventions']);

const sectionNumber = String.raw`\d+[a-z]?(?:\.\d+)*`;
const citationPattern = new RegExp(
	String.raw`(?:([A-Za-z][\w.-]*)\s+)?§\s?(${sectionNumber})(?:\s?[-–]\s?(${sectionNumber}))?`,
	'g'
);
/** What may stand between two citations of one list: "§2.1, §2.2", "§3.9 and §6.1". */
const listGap = /^[\s,;/&]*(?:and|or|en)?[\s,;/&]*$/i;

interface Citation {
	doc: Doc | null;
	/** The document word when it names a document outside docs/. */
	outside: string | null;
	sections: string[];
	text: string;
}

/** The document a line hands on to the next when it ends with a document word. */
function trailingDoc(line: string): Doc | null {
	const word = /([A-Za-z][\w.-]*)\s*$/.exec(line)?.[1]?.toLowerCase().replace(/\.md$/, '');
	return word ? (documentWords[word] ?? null) : null;
}

function citationsInLine(line: string, carried: Doc | null = null): Citation[] {
	const found: Citation[] = [];
	let previous: { doc: Doc | null; end: number } | null = null;
	// Only a citation that opens the line (after a comment marker) continues the last one.
	if (carried) previous = { doc: carried, end: /^\s*(?:\/\/|\*|--|#)?/.exec(line)![0].length };
	for (const match of line.matchAll(citationPattern)) {
		const [text, word, first, last] = match;
		const start = match.index;
		const sign = start + text.indexOf('§');
		const name = word?.toLowerCase().replace(/\.md$/, '').replace(/\.+$/, '');
		let doc: Doc | null = null;
		let outside: string | null = null;
		if (name && name in documentWords) doc = documentWords[name] ?? null;
		else if (name && (outsideWords.has(name) || name.includes('-') || /\.md$/i.test(word ?? '')))
			outside = word ?? name;
		else if (previous && listGap.test(line.slice(previous.end, sign))) doc = previous.doc;
		else doc = 'rules';
		found.push({ doc, outside, sections: last ? [first!, last] : [first!], text });
		previous = { doc, end: start + text.length };
	}
	return found;
}

function docSections(doc: Doc): { sections: Set<string>; anchors: Set<string> } {
	const text = readFileSync(join(root, docFiles[doc]), 'utf8');
	const heading = new RegExp(String.raw`^#{1,6}\s+§?(${sectionNumber})\.?\s`, 'gm');
	const sections = new Set([...text.matchAll(heading)].map((m) => m[1]!));
	const anchors = new Set([...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!));
	return { sections, anchors };
}

const sourceExtensions = ['.ts', '.js', '.svelte', '.sql'];

function walk(dir: string, accept: (file: string) => boolean): string[] {
	const files: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		// Generated from messages/*.json, which have their own keys and no citations.
		if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'paraglide')
			files.push(...walk(path, accept));
		else if (entry.isFile() && accept(path)) files.push(path);
	}
	return files;
}

const codeFiles = ['src', 'scripts', 'db/migrations']
	.flatMap((dir) => walk(join(root, dir), (f) => sourceExtensions.some((e) => f.endsWith(e))))
	// This file holds example citations in its own tests.
	.filter((file) => file !== thisFile);

function sourcesSectionIds(): string[] {
	const text = readFileSync(join(root, docFiles.method), 'utf8');
	const start = text.search(/^## Sources\s*$/m);
	if (start < 0) return [];
	const rest = text.slice(start + 1);
	const end = rest.search(/^## /m);
	const section = end < 0 ? rest : rest.slice(0, end);
	return [...section.matchAll(/\*\*(S\d+)\*\*/g)].map((m) => m[1]!);
}

describe('citations in the code resolve to a section in docs/', () => {
	it.each([
		[
			'// contract §3.15 and §3.9',
			[
				['rules', ['3.15']],
				['rules', ['3.9']]
			]
		],
		[
			'(pso-method §2.1, §2.2)',
			[
				['method', ['2.1']],
				['method', ['2.2']]
			]
		],
		['pso-method.md §13', [['method', ['13']]]],
		["rule: '§3.10–3.11'", [['rules', ['3.10', '3.11']]]],
		[
			'(contract §3.1-3.14, §3.16)',
			[
				['rules', ['3.1', '3.14']],
				['rules', ['3.16']]
			]
		],
		[
			'pso-method §9 says; the §6.4 bound',
			[
				['method', ['9']],
				['rules', ['6.4']]
			]
		],
		['Contract §3a', [['rules', ['3a']]]],
		['social-return-contract §2', [[null, ['2']]]]
	] as const)('reads %s', (line, expected) => {
		const got = citationsInLine(line).map((c) => [c.doc, c.sections]);
		expect(got).toEqual(expected);
	});

	it('continues a citation a comment wrapped after the document word', () => {
		const [first, second] = ['// as in the PSO method, see pso-method', '// §2.1 and §2.2.'];
		expect(trailingDoc(first)).toBe('method');
		const got = citationsInLine(second, trailingDoc(first)).map((c) => [c.doc, c.sections]);
		expect(got).toEqual([
			['method', ['2.1']],
			['method', ['2.2']]
		]);
		expect(citationsInLine('// see §2 below', 'method')[0]?.doc).toBe('rules');
	});

	it('finds the numbered sections in both documents', () => {
		// Guards the heading reader: without it every citation would fail for a silly reason.
		expect(docSections('rules').sections).toContain('3.15');
		expect(docSections('rules').sections).toContain('3a');
		expect(docSections('method').sections).toContain('2.1');
	});

	it('every citation in src/, scripts/ and db/migrations has its section', () => {
		const known = {
			rules: docSections('rules').sections,
			method: docSections('method').sections,
			sr: docSections('sr').sections
		};
		const failures: string[] = [];
		let checked = 0;
		for (const file of codeFiles) {
			const lines = readFileSync(file, 'utf8').split('\n');
			lines.forEach((line, i) => {
				for (const citation of citationsInLine(line, trailingDoc(lines[i - 1] ?? ''))) {
					checked += 1;
					const where = `${relative(root, file)}:${i + 1}: "${citation.text}"`;
					if (citation.outside) {
						failures.push(`${where} cites ${citation.outside}, which is not in docs/`);
						continue;
					}
					const doc = citation.doc ?? 'rules';
					for (const section of citation.sections)
						if (!known[doc].has(section))
							failures.push(`${where}: ${docFiles[doc]} has no section ${section}`);
				}
			});
		}
		// The walk and the pattern really found the code's citations (well over 100 today).
		expect(codeFiles.length).toBeGreaterThan(50);
		expect(checked).toBeGreaterThan(100);
		expect(failures).toEqual([]);
	});

	it.each(Object.keys(docFiles) as Doc[])(
		'every numbered section of the %s document has a stable anchor',
		(doc) => {
			const { sections, anchors } = docSections(doc);
			const missing = [...sections]
				.map((section) => `${anchorPrefix[doc]}-${section.replaceAll('.', '-')}`)
				.filter((anchor) => !anchors.has(anchor));
			expect(missing).toEqual([]);
		}
	);
});

describe('source ids resolve to docs/method.md "Sources"', () => {
	it('lists exactly the sources of sources.json', async () => {
		const catalogue = (await import('$lib/pso/sources.json')).default;
		expect(sourcesSectionIds().sort()).toEqual(Object.keys(catalogue).sort());
	});

	it('lists every source id cited under src/lib/pso', () => {
		const listed = new Set(sourcesSectionIds());
		const files = walk(join(root, 'src/lib/pso'), (f) => /\.(ts|json)$/.test(f));
		const failures: string[] = [];
		for (const file of files) {
			readFileSync(file, 'utf8')
				.split('\n')
				.forEach((line, i) => {
					for (const [id] of line.matchAll(/\bS\d+\b/g))
						if (!listed.has(id)) failures.push(`${relative(root, file)}:${i + 1}: ${id}`);
				});
		}
		expect(files.length).toBeGreaterThan(10);
		expect(failures).toEqual([]);
	});
});
