import type { CellValue } from 'exceljs';

/**
 * A workbook cell as text, the way the CSV reader hands cells on, so one set of checks reads
 * both. The text is what the user sees in the cell, written so that the shared readers take it
 * without guessing (number-input.ts `either`, date-input.ts ISO dates).
 */

/** Excel shows at most 15 significant digits; beyond them a double is float noise. */
const EXCEL_DIGITS = 15;
/** Only for the rare value that String() writes with an exponent (1e-7, 1e21). */
const PLAIN_DIGITS = new Intl.NumberFormat('en-US', {
	useGrouping: false,
	maximumFractionDigits: 20
});

/**
 * A number cell as plain digits with a decimal point: `48500`, `0.8`, `0.3` for 0.1 + 0.2.
 * Three decimals get a trailing zero (`1.1250`): `1.125` could be Dutch for 1125 and is
 * refused as ambiguous when nothing says which convention a value uses; `1.1250` can only be
 * one number. Text cells are read in either convention, so `32,5` typed as text works too.
 */
export function numberCellText(value: number): string {
	if (!Number.isFinite(value)) return '';
	const shown = Number(value.toPrecision(EXCEL_DIGITS));
	const short = String(shown);
	const text = short.includes('e') ? PLAIN_DIGITS.format(shown) : short;
	return /\.\d{3}$/.test(text) ? `${text}0` : text;
}

/**
 * A date cell as ISO `YYYY-MM-DD`. exceljs builds the Date from the cell's serial number in
 * UTC, so the UTC fields are the calendar day Excel shows, whatever the server's time zone;
 * a time of day is dropped.
 */
export function dateCellText(value: Date): string {
	const time = value.getTime();
	if (Number.isNaN(time)) return '';
	const year = String(value.getUTCFullYear()).padStart(4, '0');
	const month = String(value.getUTCMonth() + 1).padStart(2, '0');
	const day = String(value.getUTCDate()).padStart(2, '0');
	return `${year}-${month}-${day}`;
}

/** Any cell, trimmed: a formula gives its last calculated result, rich text its plain text. */
export function cellText(value: CellValue | undefined): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return dateCellText(value);
	if (typeof value === 'number') return numberCellText(value);
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if ('error' in value) return value.error;
	if ('richText' in value)
		return value.richText
			.map((run) => run.text)
			.join('')
			.trim();
	// Formulas, shared and array formulas: the cached result Excel saved with the file.
	if ('formula' in value || 'sharedFormula' in value) {
		return cellText((value as { result?: CellValue }).result);
	}
	if ('hyperlink' in value) return cellText(value.text as CellValue);
	return '';
}
