import ExcelJS from 'exceljs';
import type { CsvRecord } from '$lib/csv/parse-csv';
import { cellText } from './cell-text';
import { checkZipBudget } from './zip-budget';

/**
 * The first worksheet of an uploaded Excel workbook (.xlsx) as the CSV reader's records
 * (parse-csv.ts): non-empty rows of trimmed texts, each with the row number Excel shows, the
 * first being the header. Every check after that (columns, personal data, numbers, dates) is
 * the CSV import's own. Cells: see cell-text.ts; numbers are written so that they are read in
 * the `either` convention (`XLSX_NUMBER_CONVENTION`).
 *
 * Hostile files: the upload is bounded by the body size limit like a CSV; the unpacked size
 * by `maxUncompressedBytes` (zip-budget.ts, checked before exceljs unpacks anything), and so
 * are the cells in all worksheets (`maxCells`); rows and cells per row by exceljs's own
 * `maxRows`/`maxCols` while it parses.
 */

/** A workbook's numbers carry no locale (cell-text.ts); text cells may be either. */
export const XLSX_NUMBER_CONVENTION = 'either' as const;

export interface XlsxLimits {
	/** Most data rows (the header and blank rows not counted). */
	readonly maxRows: number;
	readonly maxUncompressedBytes?: number;
	/** Cells in all worksheets together, counted before exceljs parses any. */
	readonly maxCells?: number;
	readonly maxColumns?: number;
}

/**
 * 50 MB unpacked: a 50,000-row roster with six columns unpacks to about 15 MB; a file that
 * needs more is mostly not the data we read, and exceljs holds all of it in memory.
 */
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/**
 * exceljs builds an object per cell (a few µs and a few hundred bytes each), so the cell count,
 * not the bytes, bounds its work: 50 MB of tiny cells took 20 s and 1.2 GB. 500,000 cells is a
 * 50,000-person roster with ten columns, or a 10,000-person payroll export with fifty.
 */
export const DEFAULT_MAX_CELLS = 500_000;
const DEFAULT_MAX_COLUMNS = 1000;
const MAX_ENTRIES = 1000;

export type XlsxProblem =
	| { readonly code: 'not-a-workbook' }
	/** The old binary .xls, or an .xlsx with a password (both are OLE containers). */
	| { readonly code: 'legacy-xls' }
	| { readonly code: 'too-large-unpacked'; readonly maxBytes: number }
	| { readonly code: 'too-many-cells'; readonly maxCells: number }
	| { readonly code: 'too-many-rows'; readonly max: number; readonly rows: number | null };

export type XlsxRead =
	| { readonly ok: true; readonly records: CsvRecord[] }
	| { readonly ok: false; readonly problem: XlsxProblem };

export type SpreadsheetKind = 'xlsx' | 'legacy-xls' | 'csv' | 'not-a-workbook';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EXCEL_NAME = /\.(xlsx|xlsm|xls|xlsb)$/i;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
	magic.every((byte, i) => bytes[i] === byte);

/**
 * What an upload is, by its first bytes: a zip is read as a workbook whatever its name, an OLE
 * file is an old .xls. A file named like a workbook that is neither (a CSV renamed to .xlsx)
 * is refused rather than read as text; anything else is CSV.
 */
export function spreadsheetKind(bytes: Uint8Array, fileName: string): SpreadsheetKind {
	if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
	if (startsWith(bytes, OLE_MAGIC)) return 'legacy-xls';
	return EXCEL_NAME.test(fileName) ? 'not-a-workbook' : 'csv';
}

// The start of a cell element: `<c` then a space, `>` or `/` (not `<col`, `<cfRule`, `<c:`).
// Counted in every entry, not only those named like worksheets: JSZip may take an entry's
// name from an extra field, so the name seen here need not be the one exceljs sees.
const CELL_START = Buffer.from('<c');
const AFTER_CELL_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

function countCells(xml: Uint8Array): number {
	const buffer = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
	let count = 0;
	for (let at = buffer.indexOf(CELL_START); at !== -1; at = buffer.indexOf(CELL_START, at + 2)) {
		if (AFTER_CELL_NAME.has(buffer[at + 2] ?? 0)) count++;
	}
	return count;
}

function rowCountProblem(max: number, rows: number | null): XlsxRead {
	return { ok: false, problem: { code: 'too-many-rows', max, rows } };
}

function recordsOf(sheet: ExcelJS.Worksheet): CsvRecord[] {
	const records: CsvRecord[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		// `values` is 1-based and sparse: index 1 is column A, so cells[0] is column A too.
		const values = row.values as ExcelJS.CellValue[];
		const cells: string[] = [];
		for (let column = 1; column < values.length; column++) cells.push(cellText(values[column]));
		if (cells.some((cell) => cell !== '')) records.push({ row: rowNumber, cells });
	});
	return records;
}

/** Reads the first worksheet; see the top of this file. */
export async function readXlsx(bytes: Uint8Array, limits: XlsxLimits): Promise<XlsxRead> {
	if (startsWith(bytes, OLE_MAGIC)) return { ok: false, problem: { code: 'legacy-xls' } };
	if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, problem: { code: 'not-a-workbook' } };
	const maxBytes = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
	const maxCells = limits.maxCells ?? DEFAULT_MAX_CELLS;
	let cells = 0;
	const budget = checkZipBudget(
		bytes,
		{ maxUncompressedBytes: maxBytes, maxEntries: MAX_ENTRIES },
		(unpacked) => {
			cells += countCells(unpacked);
		}
	);
	if (!budget.ok) {
		return budget.reason === 'too-large'
			? { ok: false, problem: { code: 'too-large-unpacked', maxBytes } }
			: { ok: false, problem: { code: 'not-a-workbook' } };
	}
	if (cells > maxCells) return { ok: false, problem: { code: 'too-many-cells', maxCells } };

	const workbook = new ExcelJS.Workbook();
	// exceljs counts <row> elements, blank formatted rows too: room for them, the exact
	// count of data rows follows below.
	const parseRows = limits.maxRows * 2 + 1000;
	try {
		// exceljs 4.4 reads these two (worksheet-xform.js) though its types do not list them.
		const options = {
			maxRows: parseRows,
			maxCols: limits.maxColumns ?? DEFAULT_MAX_COLUMNS
		} as Partial<ExcelJS.XlsxReadOptions>;
		// exceljs declares its own `Buffer` (an ArrayBuffer); at run time it takes Node's.
		const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		await workbook.xlsx.load(buffer as unknown as ArrayBuffer, options);
	} catch (error) {
		if (error instanceof Error && /^Max row count/.test(error.message)) {
			return rowCountProblem(limits.maxRows, null);
		}
		// A zip that is not a workbook, a damaged one, or one with too many columns.
		return { ok: false, problem: { code: 'not-a-workbook' } };
	}

	const sheet = workbook.worksheets[0];
	if (sheet === undefined) return { ok: true, records: [] };
	const records = recordsOf(sheet);
	const dataRows = Math.max(0, records.length - 1);
	if (dataRows > limits.maxRows) return rowCountProblem(limits.maxRows, dataRows);
	return { ok: true, records };
}
