import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * House rule (issue 9): SQL binds named parameters (`$name`, bound with an object) and every
 * INSERT names its columns. A positional `?` silently shifts when a column is added in the
 * middle; an INSERT without columns silently fills the wrong ones when the table changes.
 *
 * The scan follows what is passed to `.prepare(` / `.exec(`: string and template literals,
 * constants declared in the same file, `+` concatenations, `? :` branches and `[…].join()`.
 * Only the SQL text is checked: quoted strings ('$.x', "?"), comments and template
 * substitutions (`${x ? a : b}`, which are TypeScript) are skipped.
 */

const root = process.cwd();

function tsFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return tsFiles(path);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
	});
}

/** SQL text with string literals, quoted identifiers and comments blanked out (lines kept). */
function sqlCode(sql: string): string {
	return sql.replace(
		/'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|--[^\n]*|\/\*[\s\S]*?\*\//g,
		(m) => m.replace(/[^\n]/g, ' ')
	);
}

/** What breaks the house rule in one piece of SQL; each with its offset into `sql`. */
function sqlProblems(sql: string): { offset: number; problem: string }[] {
	const code = sqlCode(sql);
	const problems: { offset: number; problem: string }[] = [];
	for (const m of code.matchAll(/\?\d*/g)) {
		problems.push({ offset: m.index, problem: `positional parameter "${m[0]}"` });
	}
	const insert = /\b(?:INSERT(?:\s+OR\s+\w+)?|REPLACE)\s+INTO\s+(?:\w+\s*\.\s*)?\w+\b(?!\s*[(.])/gi;
	for (const m of code.matchAll(insert)) {
		problems.push({ offset: m.index, problem: 'INSERT without a column list' });
	}
	return problems;
}

/** Stands in for `${…}` (TypeScript, not SQL); a word, since it may be a table or column name. */
const SUBSTITUTION = '__ts__';

interface Piece {
	text: string;
	/** Offset in the source file of each character of `text` (for file:line). */
	positions: number[];
}

function pieceOf(
	node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression
): Piece {
	const file = node.getSourceFile();
	const parts: { text: string; start: number }[] = [];
	if (ts.isTemplateExpression(node)) {
		parts.push({ text: node.head.text, start: node.head.getStart(file) + 1 });
		for (const span of node.templateSpans) {
			parts.push({ text: SUBSTITUTION, start: span.expression.getStart(file) });
			parts.push({ text: span.literal.text, start: span.literal.getStart(file) + 1 });
		}
	} else {
		parts.push({ text: node.text, start: node.getStart(file) + 1 });
	}
	// Escapes make cooked text shorter than the source; lines are what matters, so count them.
	const text = parts.map((p) => p.text).join('');
	const positions: number[] = [];
	for (const part of parts) {
		let offset = part.start;
		const raw = file.text.slice(part.start);
		let rawIndex = 0;
		for (const ch of part.text) {
			positions.push(offset);
			if (ch === '\n') {
				const next = raw.indexOf('\n', rawIndex);
				if (next >= 0) {
					offset = part.start + next + 1;
					rawIndex = next + 1;
				}
			}
		}
	}
	return { text, positions };
}

function constantsOf(file: ts.SourceFile): Map<string, ts.Expression[]> {
	const constants = new Map<string, ts.Expression[]>();
	const visit = (node: ts.Node): void => {
		if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
			constants.set(node.name.text, [...(constants.get(node.name.text) ?? []), node.initializer]);
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return constants;
}

/** The pieces of SQL an expression can evaluate to, as far as the file shows. */
function piecesOf(
	node: ts.Expression,
	constants: Map<string, ts.Expression[]>,
	seen = new Set<ts.Node>()
): Piece[] {
	if (seen.has(node)) return [];
	seen.add(node);
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [pieceOf(node)];
	if (ts.isTemplateExpression(node)) {
		const spans = node.templateSpans.flatMap((s) => piecesOf(s.expression, constants, seen));
		return [pieceOf(node), ...spans];
	}
	if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) {
		return piecesOf(node.expression, constants, seen);
	}
	if (ts.isIdentifier(node)) {
		return (constants.get(node.text) ?? []).flatMap((e) => piecesOf(e, constants, seen));
	}
	if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
		return [...piecesOf(node.left, constants, seen), ...piecesOf(node.right, constants, seen)];
	}
	if (ts.isConditionalExpression(node)) {
		return [
			...piecesOf(node.whenTrue, constants, seen),
			...piecesOf(node.whenFalse, constants, seen)
		];
	}
	if (ts.isArrayLiteralExpression(node)) {
		return node.elements.flatMap((e) => (ts.isExpression(e) ? piecesOf(e, constants, seen) : []));
	}
	if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
		const method = node.expression.name.text;
		if (method === 'join' || method === 'trim' || method === 'replace' || method === 'map') {
			return piecesOf(node.expression.expression, constants, seen);
		}
	}
	return [];
}

const sqlWord = /\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|PRAGMA|WHERE|VALUES|BEGIN|ALTER)\b/i;

/** `file:line problem` for every SQL string passed to `.prepare(` or `.exec(` in this source. */
function findSqlStyleProblems(fileName: string, source: string): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const constants = constantsOf(file);
	const found = new Set<string>();
	const visit = (node: ts.Node): void => {
		if (
			ts.isCallExpression(node) &&
			ts.isPropertyAccessExpression(node.expression) &&
			['prepare', 'exec'].includes(node.expression.name.text) &&
			node.arguments[0]
		) {
			const pieces = piecesOf(node.arguments[0], constants);
			// `RegExp#exec(text)` is not SQL: look only at calls whose argument reads as SQL.
			if (pieces.some((p) => sqlWord.test(sqlCode(p.text)))) {
				for (const piece of pieces) {
					for (const { offset, problem } of sqlProblems(piece.text)) {
						const at = piece.positions[offset] ?? node.getStart(file);
						const line = file.getLineAndCharacterOfPosition(at).line + 1;
						found.add(`${fileName}:${line} ${problem}`);
					}
				}
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return [...found];
}

describe('SQL style: named parameters and explicit column lists', () => {
	it.each([
		['SELECT * FROM t WHERE id = ?', ['positional parameter "?"']],
		['SELECT * FROM t WHERE id = ?1', ['positional parameter "?1"']],
		['INSERT INTO t VALUES ($a)', ['INSERT without a column list']],
		['INSERT OR IGNORE INTO main.t SELECT * FROM u', ['INSERT without a column list']],
		['REPLACE INTO t\nVALUES (1)', ['INSERT without a column list']],
		['INSERT INTO t (a, b) VALUES ($a, $b)', []],
		['INSERT INTO temp.t(a) SELECT a FROM main.t', []],
		['INSERT INTO tab(a) VALUES ($a)', []],
		["SELECT json_extract(doc, '$.x') FROM t WHERE note = 'why?' AND id = $id", []],
		['SELECT "odd?name" FROM t -- is this ok?\nWHERE a = $a /* or ? */', []]
	])('%j → %j', (sql, expected) => {
		expect(sqlProblems(sql).map((p) => p.problem)).toEqual(expected);
	});

	it('follows constants, concatenations, branches and template literals to file:line', () => {
		const source = [
			"const where = ' WHERE a = ?';", // 1
			'const ok = `SELECT ${x ? "a" : "b"} FROM t WHERE b = $b`;', // 2
			'db.prepare("SELECT * FROM t" + where).get(1);', // 3
			'db.prepare(ok).get({ b });', // 4
			'db.prepare(`SELECT 1', // 5
			'  FROM t WHERE c = ?`).get(1);', // 6
			"db.exec(flag ? 'DELETE FROM t' : 'INSERT INTO t SELECT * FROM u');", // 7
			'/^x?$/.exec(text);' // 8
		].join('\n');
		expect(findSqlStyleProblems('f.ts', source).sort()).toEqual([
			'f.ts:1 positional parameter "?"',
			'f.ts:6 positional parameter "?"',
			'f.ts:7 INSERT without a column list'
		]);
	});

	it('holds for every server module and script', () => {
		const files = [...tsFiles(join(root, 'src/lib/server')), ...tsFiles(join(root, 'scripts'))];
		expect(files.length).toBeGreaterThan(20);
		const problems = files.flatMap((path) =>
			findSqlStyleProblems(relative(root, path), readFileSync(path, 'utf8'))
		);
		expect(problems).toEqual([]);
	});
});
