// Dates as people type them: one reader for every date in the forms and in CSV import
// (pure, like number-input.ts, so the CSV code and the forms share it).
//
// The rules:
// - ISO `jjjj-mm-dd` (what a date picker sends and the file format stores), also with a
//   one-digit month or day (`2026-3-5`).
// - Day first, as in Dutch: `dd-mm-jjjj`, and `d-m-jjjj` (`1-3-2026` is 1 March: people
//   leave out the zero, and there is no other reading), with `/` or `.` instead of `-`, the
//   same mark twice. `03/04/2026` is 3 April, never 4 March.
// - A two-digit year is refused with its own reason, never guessed at.
// - The date must exist (`31-02-2026` is refused). Which years are plausible is the caller's
//   rule (the CSV import and the certificate form each bound them).
import { parseIsoDate } from './iso-date';

export type DateRefusal = 'invalid-date' | 'two-digit-year';
export type DateRead =
	| { readonly ok: true; readonly value: string }
	| { readonly ok: false; readonly reason: DateRefusal };

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const SHORT_YEAR_DATE = /^\d{1,2}([-/.])\d{1,2}\1\d{2}$/;

const pad = (digits: string) => digits.padStart(2, '0');

/** Reads a typed date as ISO `YYYY-MM-DD`; see the rules at the top of this file. */
export function parseDateInput(text: string): DateRead {
	const t = text.trim();
	const iso = ISO_DATE.exec(t);
	const dayFirst = iso ? null : DAY_FIRST_DATE.exec(t);
	const value = iso
		? `${iso[1]}-${pad(iso[2]!)}-${pad(iso[3]!)}`
		: dayFirst
			? `${dayFirst[4]}-${pad(dayFirst[3]!)}-${pad(dayFirst[1]!)}`
			: null;
	if (value !== null && parseIsoDate(value) !== null) return { ok: true, value };
	return { ok: false, reason: SHORT_YEAR_DATE.test(t) ? 'two-digit-year' : 'invalid-date' };
}

/**
 * A stored ISO date as a form shows it again, in the visitor's way of writing it so that it
 * reads back to the same date: `15-03-2026` in Dutch; ISO in English, where day-first and
 * month-first readers would disagree about `03-04-2026`. Anything else is shown as it is.
 */
export function formatDateInput(value: string | null | undefined, lang: 'nl' | 'en'): string {
	if (value === null || value === undefined) return '';
	if (lang !== 'nl' || parseIsoDate(value) === null) return value;
	return `${value.slice(8, 10)}-${value.slice(5, 7)}-${value.slice(0, 4)}`;
}
