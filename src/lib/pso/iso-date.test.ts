import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addMonths,
	dayNumber,
	daysUntil,
	inclusiveDays,
	isIsoDate,
	isoFromDayNumber,
	lastDayOfYearsFrom,
	parseIsoDate
} from './iso-date';

describe('parseIsoDate', () => {
	it.each([
		['1970-01-01', 0],
		['1970-01-02', 1],
		['1969-12-31', -1],
		['2000-03-01', 11017],
		['2024-02-29', 19782]
	])('%s is day %i', (text, expected) => {
		expect(parseIsoDate(text)).toBe(expected);
	});

	it.each([
		'2025-02-29',
		'2100-02-29',
		'2025-13-01',
		'2025-00-10',
		'2025-04-31',
		'2025-1-01',
		'25-01-01',
		'2025-01-01T00:00',
		' 2025-01-01',
		'01-01-2025',
		''
	])('rejects %j', (text) => {
		expect(parseIsoDate(text)).toBeNull();
		expect(isIsoDate(text)).toBe(false);
	});

	it('accepts 29 February in leap years only', () => {
		expect(isIsoDate('2000-02-29')).toBe(true);
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('1900-02-29')).toBe(false);
	});

	it('round-trips every day number', () => {
		fc.assert(
			fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
				expect(dayNumber(isoFromDayNumber(day))).toBe(day);
			})
		);
	});

	it('throws on a date that was not validated', () => {
		expect(() => dayNumber('2025-02-30')).toThrow(RangeError);
	});
});

describe('lastDayOfYearsFrom ("N years from D", contract §3)', () => {
	it.each([
		['2020-03-01', 5, '2025-02-28'],
		['2020-02-29', 5, '2025-02-28'],
		['2020-02-29', 4, '2024-02-28'],
		['2020-02-29', 1, '2021-02-28'],
		['2019-01-01', 3, '2021-12-31'],
		['2024-12-31', 1, '2025-12-30'],
		['2023-03-01', 1, '2024-02-29']
	])('%s + %i years counts through %s', (from, years, last) => {
		expect(isoFromDayNumber(lastDayOfYearsFrom(dayNumber(from), years))).toBe(last);
	});
});

describe('inclusiveDays', () => {
	it.each([
		['2025-01-01', '2025-12-31', 365],
		['2024-01-01', '2024-12-31', 366],
		['2025-03-01', '2025-03-01', 1],
		['2025-03-02', '2025-03-01', 0]
	])('%s..%s has %i days', (from, to, days) => {
		expect(inclusiveDays(dayNumber(from), dayNumber(to))).toBe(days);
	});
});

describe('addMonths', () => {
	it.each([
		['2025-01-15', 24, '2027-01-15'],
		['2024-02-29', 12, '2025-02-28'],
		['2024-02-29', 48, '2028-02-29'],
		['2025-08-31', -6, '2025-02-28'],
		['2024-08-31', -6, '2024-02-29'],
		['2025-12-31', 1, '2026-01-31'],
		['2025-01-31', -1, '2024-12-31']
	])('%s + %i months = %s', (from, months, expected) => {
		expect(addMonths(from, months)).toBe(expected);
	});
});

describe('daysUntil', () => {
	it('counts days across a leap day', () => {
		expect(daysUntil('2028-02-28', '2028-03-01')).toBe(2);
	});
});
