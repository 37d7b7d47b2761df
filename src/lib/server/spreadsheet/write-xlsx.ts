import ExcelJS from 'exceljs';
import { isSheetDate, type SheetCell } from '$lib/csv/sheet-cell';
import type { Lang } from '$lib/pso/lang';

/**
 * A table as an Excel workbook (.xlsx) of one worksheet, made to be worked with: a bold,
 * frozen header row with a filter, columns as wide as their contents, numbers as number cells
 * and dates as date cells shown the way the language writes them.
 *
 * Formula injection: a text that starts with `=`, `+`, `-` or `@` is written as a text cell
 * (exceljs only writes a formula for a `{ formula }` value), which Excel and LibreOffice show
 * as text and never run; unlike CSV, no apostrophe is needed, so the text stays exact. The
 * unit tests read it back to hold this.
 */

export interface XlsxColumn {
	readonly header: string;
	/** An Excel number format for the column's number cells, e.g. `0.00`. */
	readonly numFmt?: string;
}

export interface XlsxTable {
	/** The worksheet's name (Excel allows 31 characters and no `[]:*?/\`). */
	readonly sheetName: string;
	readonly columns: readonly XlsxColumn[];
	readonly rows: readonly (readonly SheetCell[])[];
	readonly lang: Lang;
}

export const XLSX_CONTENT_TYPE =
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const DATE_FORMAT: Record<Lang, string> = { nl: 'dd-mm-yyyy', en: 'yyyy-mm-dd' };
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

function sheetName(name: string): string {
	return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

/** The cell's value for exceljs; a date at UTC midnight is the calendar day (exceljs counts in UTC). */
function cellValue(cell: SheetCell): ExcelJS.CellValue {
	if (cell === null || cell === undefined) return null;
	if (isSheetDate(cell)) {
		const [year, month, day] = cell.date.split('-').map(Number);
		return new Date(Date.UTC(year!, month! - 1, day!));
	}
	if (typeof cell === 'number' && !Number.isFinite(cell)) {
		// A bug upstream; an Excel error cell would hide it.
		throw new RangeError(`Cannot write ${cell} to a workbook`);
	}
	return cell;
}

/** About how many characters wide the cell shows. */
function shownWidth(cell: SheetCell): number {
	if (cell === null || cell === undefined) return 0;
	if (isSheetDate(cell)) return 10;
	return String(cell).length;
}

export async function writeXlsx(table: XlsxTable): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'PSO Readiness';
	const sheet = workbook.addWorksheet(sheetName(table.sheetName), {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	const widths = table.columns.map((c) => c.header.length);
	for (const row of table.rows) {
		row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, shownWidth(cell))));
	}
	table.columns.forEach((column, i) => {
		sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (widths[i] ?? 0) + 2));
	});

	const header = sheet.addRow(table.columns.map((c) => c.header));
	header.font = { bold: true };
	const dateFormat = DATE_FORMAT[table.lang];
	for (const row of table.rows) {
		const added = sheet.addRow(row.map(cellValue));
		row.forEach((cell, i) => {
			if (isSheetDate(cell)) added.getCell(i + 1).numFmt = dateFormat;
			else if (typeof cell === 'number' && table.columns[i]?.numFmt) {
				added.getCell(i + 1).numFmt = table.columns[i]!.numFmt!;
			}
		});
	}
	if (table.columns.length > 0) {
		sheet.autoFilter = {
			from: { row: 1, column: 1 },
			to: { row: 1, column: table.columns.length }
		};
	}
	// exceljs declares its own `Buffer` type; at run time it returns Node's (a Uint8Array).
	const written = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
	return Uint8Array.from(written);
}

/** A download of a written workbook; never cached, as the CSV exports. */
export function xlsxResponse(bytes: Uint8Array<ArrayBuffer>, fileName: string): Response {
	return new Response(bytes, {
		headers: {
			'content-type': XLSX_CONTENT_TYPE,
			'content-disposition': `attachment; filename="${fileName}"`,
			'cache-control': 'no-store'
		}
	});
}
