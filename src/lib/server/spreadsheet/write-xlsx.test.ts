import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exampleLines, targetGroupLinesTable } from '$lib/csv/target-group/template';
import { sheetDate } from '$lib/csv/sheet-cell';
import { readTargetGroupUpload } from '../assessments/target-group-upload';
import { writeXlsx } from './write-xlsx';
import { checkZipBudget } from './zip-budget';

async function firstSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	return workbook.worksheets[0]!;
}

const TRIGGERS = ['=HYPERLINK("http://evil.example","klik")', '+31 6 1234', '-2+3', '@SUM(A1)'];

describe('writeXlsx', () => {
	it('writes a bold, frozen header, number cells, date cells and text that stays text', async () => {
		const bytes = await writeXlsx({
			sheetName: 'Portefeuille',
			columns: [
				{ header: 'organisatie' },
				{ header: 'totaal %', numFmt: '0.00' },
				{ header: 'verloopt' }
			],
			rows: [
				...TRIGGERS.map((text, i) => [text, 4.25 + i, sheetDate('2026-12-31')]),
				['Groen BV', null, null]
			],
			lang: 'nl'
		});
		const sheet = await firstSheet(bytes);
		expect(sheet.name).toBe('Portefeuille');
		expect(sheet.getRow(1).values).toEqual([undefined, 'organisatie', 'totaal %', 'verloopt']);
		expect(sheet.getCell('A1').font?.bold).toBe(true);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

		TRIGGERS.forEach((text, i) => {
			const cell = sheet.getCell(`A${i + 2}`);
			expect(cell.type).toBe(ExcelJS.ValueType.String);
			expect(cell.formula).toBeUndefined();
			// Exactly the text: no apostrophe is needed in a workbook.
			expect(cell.value).toBe(text);
		});
		const pct = sheet.getCell('B2');
		expect(pct.type).toBe(ExcelJS.ValueType.Number);
		expect(pct.value).toBe(4.25);
		expect(pct.numFmt).toBe('0.00');
		const date = sheet.getCell('C2');
		expect(date.type).toBe(ExcelJS.ValueType.Date);
		expect((date.value as Date).toISOString()).toBe('2026-12-31T00:00:00.000Z');
		expect(date.numFmt).toBe('dd-mm-yyyy');
		expect(sheet.getCell('B6').value).toBeNull();
		// Wide enough for the longest text, not wider than readable.
		expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(TRIGGERS[0]!.length);
		expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(10);
	});

	it('has no formula anywhere in the sheet XML', async () => {
		const bytes = await writeXlsx({
			sheetName: 'x',
			columns: [{ header: 'a' }],
			rows: TRIGGERS.map((t) => [t]),
			lang: 'en'
		});
		const entries: string[] = [];
		const unpacked = checkZipBudget(
			bytes,
			{ maxUncompressedBytes: 10_000_000, maxEntries: 100 },
			(entry) => entries.push(Buffer.from(entry).toString('utf8'))
		);
		expect(unpacked.ok).toBe(true);
		const xml = entries.find((entry) => entry.includes('<sheetData>')) ?? '';
		// Each text is a shared string (t="s"), never a formula element.
		expect(entries.some((entry) => entry.includes('=HYPERLINK('))).toBe(true);
		expect(xml.match(/<c r="A\d+"[^>]*>/g)).toEqual(
			[1, 2, 3, 4, 5].map((row) => expect.stringContaining(`r="A${row}"`))
		);
		expect(xml.match(/<c r="A\d+"[^>]* t="s">/g)).toHaveLength(5);
		expect(xml).not.toMatch(/<f[ >]/);
	});

	it('refuses a non-finite number rather than writing a broken cell', async () => {
		await expect(
			writeXlsx({ sheetName: 'x', columns: [{ header: 'a' }], rows: [[Number.NaN]], lang: 'nl' })
		).rejects.toThrow(RangeError);
	});

	it.each(['nl', 'en'] as const)(
		'the %s lines export imports back to the same lines',
		async (lang) => {
			const lines = exampleLines(lang);
			const { header, rows } = targetGroupLinesTable(lines, lang);
			const bytes = await writeXlsx({
				sheetName: 'Doelgroepregels',
				columns: header.map((h) => ({ header: h })),
				rows,
				lang
			});
			const sheet = await firstSheet(bytes);
			expect(sheet.getCell('D3').type).toBe(ExcelJS.ValueType.Number);
			expect(sheet.getCell('E3').type).toBe(ExcelJS.ValueType.Date);
			const back = await readTargetGroupUpload(bytes, 'export.xlsx');
			expect(back.ok && back.lines).toEqual(
				lines.map((line) =>
					Object.fromEntries(Object.entries(line).filter(([, v]) => v !== undefined))
				)
			);
		}
	);
});
