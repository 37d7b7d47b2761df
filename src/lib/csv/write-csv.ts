import { escapeFormula } from './formula-escape';

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvWriteOptions {
	/** `;` with decimal commas for Dutch Excel; `,` with decimal points otherwise. */
	readonly separator: ';' | ',';
	/** A UTF-8 BOM makes Excel read the file as UTF-8 instead of Windows-1252. */
	readonly bom: boolean;
}

/**
 * Writes rows as CSV text with CRLF line ends (RFC 4180, what Excel writes).
 *
 * Strings are escaped against formula injection; numbers are not, on purpose: a number
 * cell is written by us from a finite number, so it can only be a numeric literal such as
 * `-5`, which a spreadsheet reads as a value, never a formula (and this app's numbers are
 * non-negative anyway). A non-finite number is a bug upstream, so it throws.
 * `null` and `undefined` become empty cells; booleans `true`/`false` (callers that want
 * "ja"/"nee" pass strings).
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvWriteOptions): string {
	const { separator } = options;
	const lines = rows.map((row) => row.map((cell) => formatCell(cell, separator)).join(separator));
	const body = lines.map((line) => `${line}\r\n`).join('');
	return options.bom ? `\uFEFF${body}` : body;
}

function formatCell(cell: CsvCell, separator: ';' | ','): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'boolean') return cell ? 'true' : 'false';
	if (typeof cell === 'number') {
		if (!Number.isFinite(cell)) throw new RangeError(`Cannot write ${cell} to CSV`);
		// "1.250" or "1,250" reads as a thousands separator to half the world and is refused
		// as ambiguous on import (cell-values.ts); a trailing zero keeps the value and is clear.
		const text = /^-?[1-9]\d{0,2}\.\d{3}$/.test(String(cell)) ? `${cell}0` : String(cell);
		return separator === ';' ? text.replace('.', ',') : text;
	}
	return quoteIfNeeded(escapeFormula(cell), separator);
}

function quoteIfNeeded(text: string, separator: string): string {
	if (text.includes(separator) || /["\r\n]/.test(text)) return `"${text.replaceAll('"', '""')}"`;
	return text;
}
