import { describe, expect, it } from 'vitest';
import { HEADER, ROW, LINE, parse, linesOf, failureOf, withColumn } from './fixtures';

describe('parseTargetGroupCsv: row errors', () => {
	it.each<[string, string, string, { column: string; field: string | null; code: string }]>([
		[
			'not a number',
			'uren per week',
			'veel',
			{ column: 'uren per week', field: 'hoursPerWeek', code: 'invalid-number' }
		],
		[
			// A `;` file is Dutch: the point groups thousands, so this is 1000 hours.
			'thousands grouping',
			'uren per week',
			'1.000,5',
			{ column: 'uren per week', field: 'hoursPerWeek', code: 'out-of-range' }
		],
		[
			'decimal point in a Dutch file',
			'uren per week',
			'32.5',
			{ column: 'uren per week', field: 'hoursPerWeek', code: 'ambiguous-number' }
		],
		[
			'malformed grouping',
			'uren per week',
			'1.000.5',
			{ column: 'uren per week', field: 'hoursPerWeek', code: 'invalid-number' }
		],
		['name as id', 'id', 'Jan de Vries', { column: 'id', field: 'id', code: 'looks-like-name' }],
		[
			'e-mail address as id',
			'id',
			'jan.devries@gmail.com',
			{ column: 'id', field: 'id', code: 'looks-like-email' }
		],
		[
			'no such date',
			'start',
			'31-02-2025',
			{ column: 'start', field: 'start', code: 'invalid-date' }
		],
		['not a date', 'einde', 'morgen', { column: 'einde', field: 'end', code: 'invalid-date' }],
		[
			'two-digit year',
			'start',
			'1-3-20',
			{ column: 'start', field: 'start', code: 'two-digit-year' }
		],
		[
			'not a boolean',
			'duurzaam',
			'misschien',
			{ column: 'duurzaam', field: 'durable', code: 'invalid-boolean' }
		],
		[
			'unknown position',
			'positie',
			'wajongx',
			{ column: 'positie', field: 'position', code: 'unknown-position' }
		],
		[
			'unknown contract',
			'contract',
			'vastt',
			{ column: 'contract', field: 'contract', code: 'unknown-contract' }
		],
		['missing id', 'id', '', { column: 'id', field: 'id', code: 'required' }],
		['missing position', 'positie', '', { column: 'positie', field: 'position', code: 'required' }],
		[
			'missing contract',
			'contract',
			'',
			{ column: 'contract', field: 'contract', code: 'required' }
		],
		[
			'missing hours',
			'uren per week',
			'',
			{ column: 'uren per week', field: 'hoursPerWeek', code: 'required' }
		],
		['missing start', 'start', '', { column: 'start', field: 'start', code: 'required' }],
		['id too long', 'id', 'x'.repeat(101), { column: 'id', field: 'id', code: 'too-long' }],
		[
			'too many hours',
			'uren per week',
			'60,5',
			{ column: 'uren per week', field: 'hoursPerWeek', code: 'out-of-range' }
		],
		[
			'negative hours',
			'uren per week',
			'-1',
			{ column: 'uren per week', field: 'hoursPerWeek', code: 'out-of-range' }
		],
		[
			'negative WW months',
			'ww maanden',
			'-1',
			{ column: 'ww maanden', field: 'wwMonths', code: 'negative' }
		],
		[
			'end before start',
			'einde',
			'29-02-2020',
			{ column: 'einde', field: 'end', code: 'end-before-start' }
		]
	])('%s', (_name, header, cell, expected) => {
		const [head = [], row = []] = withColumn(header, cell);
		if (header !== 'id') row[0] = 'mw-4';
		const result = failureOf(parse([head, ROW, [], row]));
		expect(result.fileErrors).toEqual([]);
		expect(result.rowErrors).toEqual([expect.objectContaining({ row: 4, ...expected })]);
	});

	it('reports duplicate ids on the later rows, naming the first', () => {
		const result = failureOf(parse([HEADER, ROW, ['mw-2', ...ROW.slice(1)], ROW, ROW]));
		expect(result.rowErrors).toEqual([
			expect.objectContaining({ row: 4, column: 'id', field: 'id', code: 'duplicate-id' }),
			expect.objectContaining({ row: 5, column: 'id', field: 'id', code: 'duplicate-id' })
		]);
		expect(result.rowErrors.map((e) => e.params)).toEqual([{ firstRow: 2 }, { firstRow: 2 }]);
	});

	it('reports only stray filled cells beyond the header: the columns are shifted', () => {
		const row = ['mw-1', 'wajong', 'regulier', '32', '5', '01-03-2020', '31-12-2024'];
		const result = failureOf(parse([HEADER, row], ','));
		expect(result.rowErrors).toEqual([
			expect.objectContaining({ row: 2, column: 'G', field: null, code: 'too-many-cells' })
		]);
	});

	it('names extra cells as a likely cause when a longer row fails (decimal comma in a comma file)', () => {
		const row = ['mw-1', 'wajong', 'regulier', '32', '5', '01-03-2020', ''];
		const result = failureOf(parse([HEADER, row], ','));
		expect(result.rowErrors).toEqual([
			expect.objectContaining({ row: 2, column: 'G', field: null, code: 'too-many-cells' }),
			expect.objectContaining({ row: 2, column: 'start', field: 'start', code: 'invalid-date' })
		]);
	});

	it('accepts empty trailing cells beyond the header', () => {
		expect(linesOf(parse([HEADER, [...ROW, '', ' ']]))).toEqual([LINE]);
	});

	it('reports every problem of a row, in column order, and of every row', () => {
		const result = failureOf(
			parse([
				HEADER,
				['', 'x', 'regulier', 'veel', '01-03-2020', ''],
				ROW,
				['mw-3', 'wajong', 'y', '32', '', '']
			])
		);
		expect(result.rowErrors.map((e) => [e.row, e.field, e.code])).toEqual([
			[2, 'id', 'required'],
			[2, 'position', 'unknown-position'],
			[2, 'hoursPerWeek', 'invalid-number'],
			[4, 'contract', 'unknown-contract'],
			[4, 'start', 'required']
		]);
	});

	it('returns no lines at all when one row is wrong', () => {
		const rows = [HEADER, ROW, ['mw-2', ...ROW.slice(1, 3), 'x', ...ROW.slice(4)]];
		const result = parse(rows);
		expect(result.ok).toBe(false);
		expect(result).not.toHaveProperty('lines');
	});
});
