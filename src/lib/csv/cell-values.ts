import { parseDateInput, type DateRefusal } from '../pso/date-input';
import { parseNumberInput, type NumberConvention, type NumberRefusal } from '../pso/number-input';
import type { Lang } from '../pso/lang';
import type { CsvSeparator } from './parse-csv';
import { toLookupKey } from './lookup-key';

/** Reading the typed values of a cell (already trimmed, not empty) and writing them back. */

export type CellResult<T, E extends string> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: E };

/**
 * A decimal as the file writes it (see number-input.ts for the rules): a `;`-separated file
 * from Dutch Excel writes `32,5` and `48.500,00` (`nl`), a `,`-separated one `32.5` and
 * `48,500.00` (`en`). When nothing says which (`either`, the default: tab-separated or a
 * single cell), "1.000" and "1,000" are refused as ambiguous rather than guessed.
 */
export function parseDecimal(
	text: string,
	convention: NumberConvention | 'either' = 'either'
): CellResult<number, NumberRefusal> {
	return parseNumberInput(text, convention);
}

/** How a CSV with this separator writes its numbers. */
export function numberConventionOf(separator: CsvSeparator): NumberConvention | 'either' {
	return separator === ';' ? 'nl' : separator === ',' ? 'en' : 'either';
}

/**
 * `dd-mm-jjjj`, `d-m-jjjj`, with `/` or `.` as well, or ISO `YYYY-MM-DD` (date-input.ts, the
 * forms' reader too); a two-digit year is refused, not guessed at. Years outside 1900–2199
 * are taken to be typing errors.
 */
export function parseDate(text: string): CellResult<string, DateRefusal> {
	const read = parseDateInput(text);
	if (!read.ok) return read;
	const year = Number(read.value.slice(0, 4));
	return year < 1900 || year > 2199 ? { ok: false, reason: 'invalid-date' } : read;
}

// "waar"/"onwaar" is how Dutch Excel writes TRUE/FALSE into a CSV.
const BOOLEANS = new Map<string, boolean>([
	['ja', true],
	['j', true],
	['yes', true],
	['y', true],
	['true', true],
	['waar', true],
	['1', true],
	['nee', false],
	['n', false],
	['no', false],
	['false', false],
	['onwaar', false],
	['0', false]
]);

export function parseBoolean(text: string): CellResult<boolean, 'invalid-boolean'> {
	const value = BOOLEANS.get(toLookupKey(text));
	return value === undefined ? { ok: false, reason: 'invalid-boolean' } : { ok: true, value };
}

/** An ISO date as written in a CSV for this language: `31-12-2025` in Dutch, ISO in English. */
export function formatCsvDate(iso: string, lang: Lang): string {
	if (lang === 'en') return iso;
	const [year, month, day] = iso.split('-');
	return `${day}-${month}-${year}`;
}

export function formatCsvBoolean(value: boolean, lang: Lang): string {
	if (lang === 'nl') return value ? 'ja' : 'nee';
	return value ? 'yes' : 'no';
}
