/**
 * A cell of an exported table before it is written as CSV or as an Excel workbook: text, a
 * number, or a calendar date (ISO `YYYY-MM-DD`), so a workbook gets real number and date cells
 * and a CSV the same values as text. `null`/`undefined` are empty cells.
 */
export type SheetCell = string | number | null | undefined | SheetDate;

export interface SheetDate {
	readonly date: string;
}

export function sheetDate(iso: string): SheetDate {
	return { date: iso };
}

export function isSheetDate(cell: SheetCell): cell is SheetDate {
	return typeof cell === 'object' && cell !== null;
}
