import type { Lang } from './localized-text';
import { toLookupKey } from './lookup-key';

/** Reading the typed values of a cell (already trimmed, not empty) and writing them back. */

export type CellResult<T, E extends string> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: E };

const PLAIN_INTEGER = /^-?\d+$/;
const ONE_SEPARATOR = /^-?(\d*)[.,](\d+)$/;
const GROUPED = /^-?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:[.,]\d+)?$/;

/**
 * A decimal with a comma or a point. "1.000" or "1,500" is refused as ambiguous: with one
 * separator followed by exactly three digits and no leading zero, a Dutch file may mean a
 * thousands separator where an English one means a decimal point. Anything with
 * thousands grouping ("1.000,5", "1,000.5") is refused the same way rather than guessed.
 */
export function parseDecimal(
	text: string
): CellResult<number, 'invalid-number' | 'ambiguous-number'> {
	if (PLAIN_INTEGER.test(text)) return { ok: true, value: Number(text) };
	const single = ONE_SEPARATOR.exec(text);
	if (single) {
		const [, whole = '', fraction = ''] = single;
		if (/^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) {
			return { ok: false, reason: 'ambiguous-number' };
		}
		return { ok: true, value: Number(text.replace(',', '.')) };
	}
	if (GROUPED.test(text)) return { ok: false, reason: 'ambiguous-number' };
	return { ok: false, reason: 'invalid-number' };
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DUTCH_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const SHORT_YEAR_DATE = /^\d{1,2}([-/.])\d{1,2}\1\d{2}$/;

/**
 * `dd-mm-jjjj`, `d-m-jjjj`, with `/` or `.` as well, or ISO `YYYY-MM-DD`; day first, as
 * in Dutch (03/04/2025 is 3 April). A two-digit year is refused, not guessed at.
 * Years outside 1900–2199 are taken to be typing errors.
 */
export function parseDate(text: string): CellResult<string, 'invalid-date' | 'two-digit-year'> {
	const iso = ISO_DATE.exec(text);
	const dutch = iso ? null : DUTCH_DATE.exec(text);
	const parts = iso
		? { year: iso[1], month: iso[2], day: iso[3] }
		: dutch
			? { year: dutch[4], month: dutch[3], day: dutch[1] }
			: null;
	if (!parts) {
		return { ok: false, reason: SHORT_YEAR_DATE.test(text) ? 'two-digit-year' : 'invalid-date' };
	}
	const year = Number(parts.year);
	const month = Number(parts.month);
	const day = Number(parts.day);
	if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) {
		return { ok: false, reason: 'invalid-date' };
	}
	if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) {
		return { ok: false, reason: 'invalid-date' };
	}
	return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
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
