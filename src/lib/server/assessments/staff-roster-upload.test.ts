import { describe, expect, it } from 'vitest';
import { MAX_ROSTER_ROWS } from '$lib/csv/staff-roster';
import { workbookBytes, type Row } from '../test-support/workbooks';
import { readRosterUpload, type RosterUpload } from './staff-roster-upload';

const HEADER = ['kenmerk', 'uren per week', 'begindatum', 'einddatum'];
const day = (year: number, month: number, date: number) =>
	new Date(Date.UTC(year, month - 1, date));

async function upload(rows: readonly Row[], name = 'personeel.xlsx'): Promise<RosterUpload> {
	return readRosterUpload(await workbookBytes(rows), name);
}

function refused(result: RosterUpload) {
	if (result.ok || 'workbook' in result) throw new Error('expected row or file errors');
	return result;
}

describe('readRosterUpload: an Excel roster goes through the CSV roster checks', () => {
	it.each<[string, Row, { hoursPerWeek: number; start: string; end: string | null }]>([
		[
			'number and date cells',
			['p-1', 32.5, day(2020, 3, 1), day(2025, 6, 30)],
			{ hoursPerWeek: 32.5, start: '2020-03-01', end: '2025-06-30' }
		],
		[
			'text cells typed the Dutch way',
			['p-1', '32,5', '01-03-2020', ''],
			{ hoursPerWeek: 32.5, start: '2020-03-01', end: null }
		],
		[
			'text cells typed the English way',
			['p-1', '32.5', '2020-03-01', null],
			{ hoursPerWeek: 32.5, start: '2020-03-01', end: null }
		],
		[
			'hours from a formula with float noise',
			['p-1', { formula: '0.1*3*100', result: 0.1 * 3 * 100 }, day(2020, 3, 1), null],
			{ hoursPerWeek: 30, start: '2020-03-01', end: null }
		],
		[
			'hours with three decimals',
			['p-1', 12.125, day(2020, 3, 1), null],
			{ hoursPerWeek: 12.125, start: '2020-03-01', end: null }
		]
	])('reads %s', async (_name, row, member) => {
		expect(await upload([HEADER, row])).toEqual({ ok: true, members: [{ id: 'p-1', ...member }] });
	});

	it('refuses a name column before reading any row, naming where it is', async () => {
		const result = refused(
			await upload([
				['kenmerk', 'Naam', 'uren per week', 'begindatum', 'einddatum'],
				['p-1', 'Jan de Vries', 40, day(2019, 1, 1), null]
			])
		);
		expect(result.fileErrors).toEqual([
			expect.objectContaining({ code: 'personal-data-column', row: 1, column: 'Naam' })
		]);
		expect(JSON.stringify(result)).not.toContain('Jan de Vries');
	});

	it('refuses a BSN in a number cell', async () => {
		const result = refused(await upload([HEADER, ['p-1', 40, day(2019, 1, 1), null], [111222333]]));
		expect(result.fileErrors).toEqual([expect.objectContaining({ code: 'possible-bsn', row: 3 })]);
	});

	it('names the row as Excel numbers it, blank rows included', async () => {
		const result = refused(
			await upload([
				HEADER,
				['p-1', 40, day(2019, 1, 1), null],
				null,
				['p-2', 61, day(2019, 1, 1), day(2018, 1, 1)]
			])
		);
		expect(result.rowErrors).toEqual([
			expect.objectContaining({ row: 4, column: 'uren per week', code: 'out-of-range' }),
			expect.objectContaining({ row: 4, column: 'einddatum', code: 'end-before-start' })
		]);
	});

	it('refuses an hours cell holding a date, echoing it as ISO', async () => {
		const result = refused(await upload([HEADER, ['p-1', day(2025, 1, 1), day(2019, 1, 1), null]]));
		expect(result.rowErrors).toEqual([
			expect.objectContaining({
				row: 2,
				code: 'invalid-number',
				params: expect.objectContaining({ value: '2025-01-01' })
			})
		]);
	});

	it('refuses more rows than a roster may have (a workbook is counted alike, read-xlsx.test.ts)', async () => {
		const rows = Array.from({ length: MAX_ROSTER_ROWS + 1 }, (_, i) => `p-${i};40;01-01-2019;`);
		const csv = new TextEncoder().encode([HEADER.join(';'), ...rows].join('\r\n'));
		expect(await readRosterUpload(csv, 'personeel.csv')).toEqual({
			ok: false,
			fileErrors: [],
			rowErrors: [],
			tooManyRows: { rows: MAX_ROSTER_ROWS + 1 }
		});
	});
});

describe('readRosterUpload: which reader', () => {
	const csv = new TextEncoder().encode(
		'kenmerk;uren per week;begindatum;einddatum\r\np-1;32,5;01-03-2020;\r\n'
	);

	it.each<[string, Uint8Array, string, RosterUpload]>([
		[
			'a CSV by its content',
			csv,
			'personeel.csv',
			{ ok: true, members: [{ id: 'p-1', hoursPerWeek: 32.5, start: '2020-03-01', end: null }] }
		],
		[
			'a CSV renamed to .xlsx',
			csv,
			'personeel.xlsx',
			{ ok: false, workbook: { code: 'not-a-workbook' } }
		],
		[
			'an old .xls',
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
			'personeel.xls',
			{ ok: false, workbook: { code: 'legacy-xls' } }
		]
	])('%s', async (_name, bytes, fileName, expected) => {
		expect(await readRosterUpload(bytes, fileName)).toEqual(expected);
	});
});
