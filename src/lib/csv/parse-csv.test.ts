import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectSeparator, parseCsv, parseCsvText } from './parse-csv';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeCsvBytes', () => {
	it.each([
		['UTF-8 without BOM', utf8('naam;é'), 'naam;é', 'utf-8'],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id;é')]), 'id;é', 'utf-8'],
		['Windows-1252 é', new Uint8Array([0x69, 0x64, 0x3b, 0xe9]), 'id;é', 'windows-1252'],
		['Windows-1252 € and ë', new Uint8Array([0x80, 0x3b, 0xeb]), '€;ë', 'windows-1252'],
		['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0xe9, 0x00]), 'ié', 'utf-16le'],
		['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, 0x00, 0x69, 0x00, 0xe9]), 'ié', 'utf-16be'],
		['empty', new Uint8Array([]), '', 'utf-8']
	])('%s', (_name, bytes, text, encoding) => {
		expect(decodeCsvBytes(bytes)).toEqual({ text, encoding });
	});
});

describe('detectSeparator', () => {
	it.each([
		['semicolon', 'id;positie;uren\n1;2;3', ';'],
		['comma', 'id,position,hours\n1,2,3', ','],
		['tab', 'id\tposition\thours', '\t'],
		['comma inside quotes does not count', '"a,b,c";"d"\n', ';'],
		['semicolon inside quotes does not count', '"a;b;c",d,e', ','],
		['comma in header text loses a tie to semicolon', 'id;uren (bijv. 32,5)', ';'],
		['blank leading lines are skipped', '\r\n\r\nid,position', ','],
		['only the first line counts', 'id;position\n1,2,3,4,5', ';'],
		['no separator defaults to semicolon', 'id\n1', ';'],
		['empty text', '', ';']
	] as const)('%s', (_name, text, separator) => {
		expect(detectSeparator(text)).toBe(separator);
	});
});

describe('parseCsvText', () => {
	const cells = (text: string, separator: ';' | ',' | '\t' = ';') =>
		parseCsvText(text, separator).records.map((r) => r.cells);
	const rows = (text: string) => parseCsvText(text, ';').records.map((r) => r.row);

	it.each<[string, string, string[][], (';' | ',' | '\t')?]>([
		[
			'simple',
			'a;b\nc;d',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		[
			'CRLF',
			'a;b\r\nc;d\r\n',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		[
			'lone CR',
			'a;b\rc;d',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		['trailing empty line ignored', 'a;b\n', [['a', 'b']]],
		['empty fields kept', 'a;;c;', [['a', '', 'c', '']]],
		['quoted separator', '"a;b";c', [['a;b', 'c']]],
		['doubled quote', '"say ""hi""";x', [['say "hi"', 'x']]],
		[
			'newline inside quotes',
			'"line1\nline2";x\r\ny;z',
			[
				['line1\nline2', 'x'],
				['y', 'z']
			]
		],
		['CRLF inside quotes', '"a\r\nb";c', [['a\r\nb', 'c']]],
		['empty quoted field', '"";b', [['', 'b']]],
		['quote inside unquoted field kept', 'a"b;c', [['a"b', 'c']]],
		['text after closing quote appended', '"a"b;c', [['ab', 'c']]],
		['comma separator', 'a,"b,c"', [['a', 'b,c']], ','],
		['tab separator', 'a\tb c\td', [['a', 'b c', 'd']], '\t'],
		['blank rows skipped', 'a\n\n;;\n  ; \nb', [['a'], ['b']]]
	])('%s', (_name, text, expected, separator = ';') => {
		expect(cells(text, separator)).toEqual(expected);
	});

	it.each([
		['header is row 1', 'h\na\nb', [1, 2, 3]],
		['blank rows keep their numbers', 'h\n\na\n;;;\nb', [1, 3, 5]],
		['a multi-line record is one Excel row', 'h\n"x\ny\nz"\nb', [1, 2, 3]],
		['leading blank lines', '\n\nh\na', [3, 4]]
	] as const)('row numbers: %s', (_name, text, expected) => {
		expect(rows(text)).toEqual(expected);
	});

	it('reports an unterminated quote with the row where it starts', () => {
		const result = parseCsvText('h\na\n"open;x\ny', ';');
		expect(result.unterminatedQuoteRow).toBe(3);
		expect(result.records.at(-1)?.cells).toEqual(['open;x\ny']);
	});

	it('has no unterminated quote in a well-formed file', () => {
		expect(parseCsvText('"a";"b"', ';').unterminatedQuoteRow).toBeNull();
	});
});

describe('parseCsv', () => {
	it('decodes, detects and parses in one go', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id,uren\r\ntg-1,"32,5"\r\n')]);
		expect(parseCsv(bytes)).toEqual({
			encoding: 'utf-8',
			separator: ',',
			records: [
				{ row: 1, cells: ['id', 'uren'] },
				{ row: 2, cells: ['tg-1', '32,5'] }
			],
			unterminatedQuoteRow: null
		});
	});

	it('parses 10,000 rows', () => {
		const lines = ['id;positie;contract;uren;start;einde'];
		for (let i = 0; i < 10_000; i++) {
			lines.push(`tg-${i};wajong;"regulier";32,5;01-03-2020;${i % 2 ? '' : '"31-12-2025"'}`);
		}
		const { records } = parseCsv(utf8(lines.join('\r\n')));
		expect(records).toHaveLength(10_001);
		expect(records.at(-1)).toEqual({
			row: 10_001,
			cells: ['tg-9999', 'wajong', 'regulier', '32,5', '01-03-2020', '']
		});
	});
});
