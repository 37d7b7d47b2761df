import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from './formula-escape';
import { parseCsvText } from './parse-csv';
import { toCsv, type CsvCell } from './write-csv';

describe('toCsv', () => {
	it.each<[string, CsvCell[][], ';' | ',', string]>([
		[
			'plain',
			[
				['a', 'b'],
				['c', 'd']
			],
			';',
			'a;b\r\nc;d\r\n'
		],
		['empty cells', [['a', null, undefined, '']], ';', 'a;;;\r\n'],
		['quotes separator', [['a;b', 'a,b']], ';', '"a;b";a,b\r\n'],
		['quotes the other separator', [['a;b', 'a,b']], ',', 'a;b,"a,b"\r\n'],
		['doubles quotes', [['say "hi"']], ';', '"say ""hi"""\r\n'],
		['quotes newlines', [['a\nb', 'c\r\nd']], ';', '"a\nb";"c\r\nd"\r\n'],
		['decimal comma with ;', [[32.5, 0.8, 40]], ';', '32,5;0,8;40\r\n'],
		['decimal point with ,', [[32.5, 0.8, 40]], ',', '32.5,0.8,40\r\n'],
		[
			'three decimals get a fourth',
			[[36.125, 0.125, 1234.125, 1.5]],
			';',
			'36,1250;0,125;1234,125;1,5\r\n'
		],
		['booleans', [[true, false]], ',', 'true,false\r\n'],
		['formula =', [['=SUM(A1:A2)']], ';', "'=SUM(A1:A2)\r\n"],
		['formula +', [['+31 6 1234']], ';', "'+31 6 1234\r\n"],
		['formula -', [['-1+2']], ';', "'-1+2\r\n"],
		['formula @', [['@cmd']], ';', "'@cmd\r\n"],
		['formula tab', [['\tx']], ';', "'\tx\r\n"],
		['formula CR is also quoted', [['\r=1']], ';', '"\'\r=1"\r\n'],
		['formula with separator', [['=1;2']], ';', '"\'=1;2"\r\n'],
		['a negative number is a value, not escaped', [[-5]], ';', '-5\r\n'],
		['= inside text is harmless', [['a=b']], ';', 'a=b\r\n']
	])('%s', (_name, rows, separator, expected) => {
		expect(toCsv(rows, { separator, bom: false })).toBe(expected);
	});

	it('adds a BOM on request', () => {
		expect(toCsv([['a']], { separator: ';', bom: true })).toBe('\uFEFFa\r\n');
	});

	it('refuses non-finite numbers', () => {
		expect(() => toCsv([[Number.NaN]], { separator: ';', bom: false })).toThrow(RangeError);
	});

	it.each<[string, ';' | ',']>([
		['semicolon', ';'],
		['comma', ',']
	])('round-trips awkward text with %s', (_name, separator) => {
		const rows = [['a;b', 'c,d', '"q"', 'multi\r\nline', '', 'é€']];
		const text = toCsv(rows, { separator, bom: false });
		expect(parseCsvText(text, separator).records.map((r) => r.cells)).toEqual(rows);
	});
});

describe('formula escape', () => {
	it.each([
		['=1+1', "'=1+1"],
		['+1', "'+1"],
		['-x', "'-x"],
		['@x', "'@x"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		['x=1', 'x=1'],
		["'plain", "'plain"],
		['', '']
	])('%j ↔ %j', (text, escaped) => {
		expect(escapeFormula(text)).toBe(escaped);
		expect(unescapeFormula(escaped)).toBe(text);
	});
});
