import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from './date-input';

describe('parseDateInput: dates as people type them', () => {
	it.each([
		['15-03-2026', '2026-03-15'],
		['2026-03-15', '2026-03-15'],
		// Decided: the zeros may be left out, day first as always (1 March, not 3 January).
		['1-3-2026', '2026-03-01'],
		['01-03-2021', '2021-03-01'],
		['15/03/2026', '2026-03-15'],
		['15.03.2026', '2026-03-15'],
		['03/04/2026', '2026-04-03'],
		['2026-3-5', '2026-03-05'],
		[' 15-03-2026 ', '2026-03-15'],
		['29-02-2024', '2024-02-29']
	])('reads %j as %s', (typed, iso) => {
		expect(parseDateInput(typed)).toEqual({ ok: true, value: iso });
	});

	it.each([
		['31-02-2026', 'invalid-date'],
		['29-02-2026', 'invalid-date'],
		['2026-02-30', 'invalid-date'],
		['32-01-2026', 'invalid-date'],
		['15-13-2026', 'invalid-date'],
		['00-01-2026', 'invalid-date'],
		['15-03/2026', 'invalid-date'],
		['2026/03/15', 'invalid-date'],
		['15 maart 2026', 'invalid-date'],
		['', 'invalid-date'],
		['15-03-26', 'two-digit-year'],
		['1/3/26', 'two-digit-year']
	])('refuses %j (%s)', (typed, reason) => {
		expect(parseDateInput(typed)).toEqual({ ok: false, reason });
	});
});

describe('formatDateInput: a stored date as the form shows it again', () => {
	it.each([
		['2026-03-15', 'nl', '15-03-2026'],
		['2026-03-15', 'en', '2026-03-15'],
		[null, 'nl', ''],
		// Typed text that could not be read stays as typed.
		['31-02-2026', 'nl', '31-02-2026']
	] as const)('%j in %s → %j', (value, lang, shown) => {
		expect(formatDateInput(value, lang)).toBe(shown);
	});

	it('reads back to the same date in both languages', () => {
		const day = fc.integer({ min: 0, max: 365 * 300 });
		fc.assert(
			fc.property(day, fc.constantFrom('nl' as const, 'en' as const), (offset, lang) => {
				const iso = new Date(Date.UTC(1900, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
				expect(parseDateInput(formatDateInput(iso, lang))).toEqual({ ok: true, value: iso });
			})
		);
	});
});
