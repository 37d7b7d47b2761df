import type ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { readXlsx, spreadsheetKind } from './read-xlsx';
import {
	deflateBomb,
	deflatedEntry,
	workbookBytes,
	zipBytes,
	type Row
} from '../test-support/workbooks';

const LIMITS = { maxRows: 100 };

async function read(rows: readonly Row[], build?: Parameters<typeof workbookBytes>[1]) {
	const result = await readXlsx(await workbookBytes(rows, build), LIMITS);
	if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
	return result.records;
}

/** The text of one data cell under a header (beside a cell that keeps the row non-empty). */
async function cellOf(value: ExcelJS.CellValue, numFmt?: string): Promise<string> {
	const records = await read(
		[
			['waarde', 'kenmerk'],
			[value, 'p-1']
		],
		(_wb, sheet) => {
			if (numFmt) sheet.getCell('A2').numFmt = numFmt;
		}
	);
	return records[1]!.cells[0]!;
}

describe('readXlsx: a cell reads as the user sees it', () => {
	it.each<[string, ExcelJS.CellValue, string]>([
		['a whole number', 48500, '48500'],
		['a decimal', 0.8, '0.8'],
		['hours with a half', 36.5, '36.5'],
		['float noise rounds to what Excel shows', 0.1 + 0.2, '0.3'],
		['three decimals get a zero so they cannot read as thousands', 1.125, '1.1250'],
		['a negative number', -12.25, '-12.25'],
		['a tiny number, no exponent', 0.0000001, '0.0000001'],
		['text is trimmed', '  p-1  ', 'p-1'],
		['text that looks Dutch stays as typed', '32,5', '32,5'],
		['a date cell becomes ISO', new Date(Date.UTC(2025, 5, 30)), '2025-06-30'],
		['a date with a time keeps its day', new Date(Date.UTC(2025, 11, 31, 23, 59)), '2025-12-31'],
		['a formula gives its cached number', { formula: 'B1*2', result: 0.1 + 0.2 }, '0.3'],
		['a formula gives its cached text', { formula: 'B1', result: 'p-9' }, 'p-9'],
		[
			'a formula with a date result',
			{ formula: 'B1', result: new Date(Date.UTC(2024, 1, 29)) },
			'2024-02-29'
		],
		['a formula without a cached result is empty', { formula: 'B1' }, ''],
		[
			'a formula error shows as Excel does',
			{ formula: '1/0', result: { error: '#DIV/0!' } },
			'#DIV/0!'
		],
		[
			'rich text as plain text',
			{ richText: [{ text: 'p-' }, { font: { bold: true }, text: '7 ' }] },
			'p-7'
		],
		['a hyperlink as its text', { text: 'p-3', hyperlink: 'https://example.org' }, 'p-3'],
		['a boolean', true, 'TRUE']
	])('%s', async (_name, value, expected) => {
		expect(await cellOf(value)).toBe(expected);
	});

	it('reads a date typed as a serial number with a Dutch date format as that date', async () => {
		// 45838 is 30 June 2025 in Excel's 1900 system.
		expect(await cellOf(45838, 'dd-mm-yyyy')).toBe('2025-06-30');
	});

	const zone = process.env.TZ;
	afterEach(() => {
		if (zone === undefined) delete process.env.TZ;
		else process.env.TZ = zone;
	});
	it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])(
		'dates do not shift in the server time zone %s',
		async (tz) => {
			const bytes = await workbookBytes([['begindatum'], [new Date(Date.UTC(2025, 0, 1))]]);
			process.env.TZ = tz;
			const result = await readXlsx(bytes, LIMITS);
			expect(result.ok && result.records[1]!.cells[0]).toBe('2025-01-01');
		}
	);
});

describe('readXlsx: rows', () => {
	it('skips empty and blank rows and keeps the row numbers Excel shows', async () => {
		const records = await read([
			['kenmerk', 'uren per week'],
			null,
			['p-1', 40],
			['   ', ''],
			['p-2', 20]
		]);
		expect(records).toEqual([
			{ row: 1, cells: ['kenmerk', 'uren per week'] },
			{ row: 3, cells: ['p-1', '40'] },
			{ row: 5, cells: ['p-2', '20'] }
		]);
	});

	it('keeps column A as the first cell when the data starts further right', async () => {
		const records = await read([
			[null, 'kenmerk'],
			[null, 'p-1', 'extra']
		]);
		expect(records).toEqual([
			{ row: 1, cells: ['', 'kenmerk'] },
			{ row: 2, cells: ['', 'p-1', 'extra'] }
		]);
	});

	it('reads the first worksheet only', async () => {
		const records = await read([['kenmerk'], ['p-1']], (workbook) => {
			workbook.addWorksheet('Tweede').addRow(['naam']);
		});
		expect(records.map((r) => r.cells)).toEqual([['kenmerk'], ['p-1']]);
	});

	it('refuses more data rows than the limit, counting only non-empty rows', async () => {
		const rows: Row[] = [['kenmerk'], null, ...Array.from({ length: 6 }, (_, i) => [`p-${i}`])];
		const bytes = await workbookBytes(rows);
		expect(await readXlsx(bytes, { maxRows: 6 })).toMatchObject({ ok: true });
		expect(await readXlsx(bytes, { maxRows: 5 })).toEqual({
			ok: false,
			problem: { code: 'too-many-rows', max: 5, rows: 6 }
		});
	});

	it('stops parsing a sheet far past the limit without counting it', async () => {
		const rows: Row[] = Array.from({ length: 1100 }, (_, i) => [`p-${i}`]);
		const result = await readXlsx(await workbookBytes(rows), { maxRows: 1 });
		expect(result).toEqual({ ok: false, problem: { code: 'too-many-rows', max: 1, rows: null } });
	});
});

describe('readXlsx: files that are not a workbook we read', () => {
	const csv = new TextEncoder().encode('kenmerk;uren per week\r\np-1;40\r\n');
	const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

	it.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
		['a CSV renamed to .xlsx', () => csv, 'not-a-workbook'],
		['an old .xls (or a workbook with a password)', () => ole, 'legacy-xls'],
		[
			'a truncated workbook',
			async () => (await workbookBytes([['kenmerk']])).slice(0, 400),
			'not-a-workbook'
		],
		[
			'a zip that is not a workbook',
			() => zipBytes([deflatedEntry('notes.txt', 'hello')]),
			'empty'
		],
		['an empty file', () => new Uint8Array(), 'not-a-workbook']
	])('%s', async (_name, bytes, expected) => {
		const result = await readXlsx(await bytes(), LIMITS);
		if (expected === 'empty') expect(result).toEqual({ ok: true, records: [] });
		else expect(result).toEqual({ ok: false, problem: { code: expected } });
	});

	it('refuses a zip bomb by what it unpacks to, not what it claims, and quickly', async () => {
		// 2 GB of spaces in a sheet that claims 1 KB: refused at the 50 MB budget.
		const bomb = zipBytes([
			deflatedEntry('[Content_Types].xml', '<Types/>'),
			{ name: 'xl/worksheets/sheet1.xml', data: deflateBomb(2048), declaredSize: 1024 }
		]);
		expect(bomb.byteLength).toBeLessThan(3 * 1024 * 1024);
		const start = performance.now();
		const result = await readXlsx(bomb, LIMITS);
		expect(result).toEqual({
			ok: false,
			problem: { code: 'too-large-unpacked', maxBytes: 50 * 1024 * 1024 }
		});
		expect(performance.now() - start).toBeLessThan(2000);
	});

	it('measures a bomb behind bytes put before the archive, as JSZip reads it', async () => {
		const bomb = zipBytes([
			{ name: 'xl/worksheets/sheet1.xml', data: deflateBomb(64), declaredSize: 1024 }
		]);
		const stub = new Uint8Array(4096).fill(0x50);
		stub.set([0x50, 0x4b, 0x03, 0x04]);
		const shifted = new Uint8Array([...stub, ...bomb]);
		expect(await readXlsx(shifted, LIMITS)).toMatchObject({
			ok: false,
			problem: { code: 'too-large-unpacked' }
		});
	});

	it('refuses a sheet of countless tiny cells before exceljs builds them', async () => {
		const rows: Row[] = Array.from({ length: 20 }, (_, i) => [`p-${i}`, 1, 2, 3, 4]);
		const bytes = await workbookBytes(rows);
		expect(await readXlsx(bytes, { ...LIMITS, maxCells: 100 })).toMatchObject({ ok: true });
		expect(await readXlsx(bytes, { ...LIMITS, maxCells: 99 })).toEqual({
			ok: false,
			problem: { code: 'too-many-cells', maxCells: 99 }
		});
	});

	it('sums the budget over all entries', async () => {
		const entries = Array.from({ length: 3 }, (_, i) => ({
			name: `xl/media/image${i}.png`,
			data: deflateBomb(1),
			declaredSize: 1024 * 1024
		}));
		const bytes = zipBytes(entries);
		const budget = (mb: number) => ({ ...LIMITS, maxUncompressedBytes: mb * 1024 * 1024 });
		expect(await readXlsx(bytes, budget(3))).toMatchObject({ ok: true });
		expect(await readXlsx(bytes, budget(2.5))).toMatchObject({
			ok: false,
			problem: { code: 'too-large-unpacked' }
		});
	});
});

describe('spreadsheetKind', () => {
	it.each([
		[[0x50, 0x4b, 0x03, 0x04], 'roster.csv', 'xlsx'],
		[[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'roster.xls', 'legacy-xls'],
		[[0x6b, 0x65, 0x6e], 'roster.xlsx', 'not-a-workbook'],
		[[0x6b, 0x65, 0x6e], 'ROSTER.XLS', 'not-a-workbook'],
		[[0x6b, 0x65, 0x6e], 'roster.csv', 'csv'],
		[[0x6b, 0x65, 0x6e], 'roster.txt', 'csv']
	])('%j named %s is %s', (bytes, name, kind) => {
		expect(spreadsheetKind(new Uint8Array(bytes), name)).toBe(kind);
	});
});
