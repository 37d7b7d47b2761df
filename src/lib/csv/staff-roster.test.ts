import { describe, expect, it } from 'vitest';
import { parseStaffRosterCsv, type StaffRosterResult } from './staff-roster';

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (rows: string[][], separator = ';') =>
	parseStaffRosterCsv(bytes(rows.map((row) => row.join(separator)).join('\r\n')));
const HEADER = ['kenmerk', 'uren per week', 'begindatum', 'einddatum'];

function failure(result: StaffRosterResult) {
	if (result.ok) throw new Error('expected the roster to be refused');
	return result;
}

describe('parseStaffRosterCsv', () => {
	it.each([
		[
			'Dutch Excel: ; with decimal commas and dd-mm-jjjj',
			';',
			['p-1', '32,5', '01-03-2020', '30-06-2025']
		],
		[
			'English: , with decimal points and ISO dates',
			',',
			['p-1', '32.5', '2020-03-01', '2025-06-30']
		],
		['tab-separated', '\t', ['p-1', '32,5', '1-3-2020', '30-6-2025']]
	])('reads %s', (_name, separator, row) => {
		expect(parse([HEADER, row], separator)).toEqual({
			ok: true,
			members: [{ id: 'p-1', hoursPerWeek: 32.5, start: '2020-03-01', end: '2025-06-30' }]
		});
	});

	it('takes an empty end as still employed, ignores other columns, allows one id twice', () => {
		const result = parse([
			['id', 'afdeling', 'hours per week', 'start', 'end'],
			['p-1', 'Inkoop', '20', '01-01-2025', '30-06-2025'],
			['p-1', 'Inkoop', '40', '01-07-2025', '']
		]);
		expect(result).toEqual({
			ok: true,
			members: [
				{ id: 'p-1', hoursPerWeek: 20, start: '2025-01-01', end: '2025-06-30' },
				{ id: 'p-1', hoursPerWeek: 40, start: '2025-07-01', end: null }
			]
		});
	});

	it.each([
		[
			'a name column',
			['kenmerk', 'naam', 'uren per week', 'begindatum', 'einddatum'],
			'personal-data-column',
			'naam'
		],
		['a birth date column', [...HEADER, 'geboortedatum'], 'personal-data-column', 'geboortedatum'],
		['an e-mail column', [...HEADER, 'E-mail'], 'personal-data-column', 'E-mail']
	])('refuses a file with %s before reading anything', (_name, header, code, column) => {
		const row = header.map((_, i) => ['p-1', 'x', '32', '01-01-2025', ''][i] ?? 'x');
		expect(failure(parse([header, row])).fileErrors).toContainEqual(
			expect.objectContaining({ code, column, row: 1 })
		);
	});

	it('refuses a possible BSN anywhere in the file without echoing it', () => {
		const result = failure(parse([HEADER, ['111222333', '32', '01-01-2025', '']]));
		expect(result.fileErrors).toEqual([
			{ code: 'possible-bsn', params: {}, row: 2, column: 'kenmerk' }
		]);
		expect(JSON.stringify(result)).not.toContain('111222333');
	});

	it.each([
		['a name as id', ['Jan de Vries', '32', '01-01-2025', ''], 'kenmerk', 'looks-like-name'],
		[
			'an e-mail address as id',
			['jan@example.nl', '32', '01-01-2025', ''],
			'kenmerk',
			'looks-like-email'
		],
		['an empty id', ['', '32', '01-01-2025', ''], 'kenmerk', 'required'],
		[
			'hours that are not a number',
			['p-1', 'veel', '01-01-2025', ''],
			'uren per week',
			'invalid-number'
		],
		[
			'an English decimal in a Dutch file',
			['p-1', '32.5', '01-01-2025', ''],
			'uren per week',
			'ambiguous-number'
		],
		['more than 60 hours', ['p-1', '61', '01-01-2025', ''], 'uren per week', 'out-of-range'],
		['no start', ['p-1', '32', '', ''], 'begindatum', 'required'],
		['an unreadable start', ['p-1', '32', '31-02-2025', ''], 'begindatum', 'invalid-date'],
		['a two-digit year', ['p-1', '32', '01-01-25', ''], 'begindatum', 'two-digit-year'],
		[
			'an end before the start',
			['p-1', '32', '01-06-2025', '01-01-2025'],
			'einddatum',
			'end-before-start'
		]
	])('refuses %s, naming row and column', (_name, row, column, code) => {
		expect(failure(parse([HEADER, row])).rowErrors).toEqual([
			expect.objectContaining({ row: 2, column, code })
		]);
	});

	it('refuses the whole file when one row is wrong (all or nothing)', () => {
		const result = failure(
			parse([HEADER, ['p-1', '32', '01-01-2025', ''], ['p-2', 'x', '01-01-2025', '']])
		);
		expect(result.rowErrors.map((e) => e.row)).toEqual([3]);
	});

	it.each([
		['no end column', ['kenmerk', 'uren per week', 'begindatum'], 'missing-column'],
		['two hours columns', [...HEADER, 'uren'], 'duplicate-column']
	])('refuses a header with %s', (_name, header, code) => {
		const row = header.map(() => '1');
		expect(failure(parse([header, row])).fileErrors).toContainEqual(
			expect.objectContaining({ code })
		);
	});

	it.each([
		['an empty file', ''],
		['a header alone', HEADER.join(';')]
	])('refuses %s', (_name, text) => {
		const result = failure(parseStaffRosterCsv(bytes(text)));
		expect(result.fileErrors.length).toBe(1);
	});

	it('reads 10,000 persons well within 2 seconds', () => {
		const rows = [HEADER];
		for (let i = 0; i < 10_000; i++)
			rows.push([`p-${i}`, '32,5', '01-03-2020', i % 3 ? '' : '30-06-2025']);
		const started = performance.now();
		const result = parse(rows);
		const elapsed = performance.now() - started;
		expect(result.ok && result.members.length).toBe(10_000);
		expect(elapsed).toBeLessThan(2000);
	});
});
