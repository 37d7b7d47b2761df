import { describe, expect, it } from 'vitest';
import { formatCsvDate, parseBoolean, parseDate, parseDecimal } from './cell-values';

describe('parseDecimal', () => {
	it.each([
		['32', 32],
		['0', 0],
		['0,8', 0.8],
		['0.8', 0.8],
		['32,5', 32.5],
		['32.5', 32.5],
		[',5', 0.5],
		['0,125', 0.125],
		['1234,567', 1234.567],
		['-4', -4],
		['32,50', 32.5]
	])('%s → %s', (text, value) => {
		expect(parseDecimal(text)).toEqual({ ok: true, value });
	});

	it.each([
		['1.000', 'ambiguous-number'],
		['1,000', 'ambiguous-number'],
		['32.500', 'ambiguous-number'],
		['1.000,5', 'ambiguous-number'],
		['1,000.5', 'ambiguous-number'],
		['1.000.000', 'ambiguous-number'],
		['abc', 'invalid-number'],
		['32 uur', 'invalid-number'],
		['1 000', 'invalid-number'],
		['3,2,1', 'invalid-number'],
		['32,', 'invalid-number'],
		['1e3', 'invalid-number'],
		['--1', 'invalid-number']
	])('%s → %s', (text, reason) => {
		expect(parseDecimal(text)).toEqual({ ok: false, reason });
	});
});

describe('parseDate', () => {
	it.each([
		['31-12-2025', '2025-12-31'],
		['1-3-2020', '2020-03-01'],
		['01/03/2020', '2020-03-01'],
		['1.3.2020', '2020-03-01'],
		['2020-03-01', '2020-03-01'],
		['2020-3-1', '2020-03-01'],
		['29-02-2024', '2024-02-29']
	])('%s → %s', (text, value) => {
		expect(parseDate(text)).toEqual({ ok: true, value });
	});

	it.each([
		['29-02-2025', 'invalid-date'],
		['31-04-2025', 'invalid-date'],
		['12/31/2025', 'invalid-date'],
		['00-01-2025', 'invalid-date'],
		['01-13-2025', 'invalid-date'],
		['01-01-0202', 'invalid-date'],
		['2025/01/01', 'invalid-date'],
		['01-03/2020', 'invalid-date'],
		['gisteren', 'invalid-date'],
		['1-3-20', 'two-digit-year'],
		['01/03/25', 'two-digit-year']
	])('%s → %s', (text, reason) => {
		expect(parseDate(text)).toEqual({ ok: false, reason });
	});

	it.each([
		['nl', '2025-03-01', '01-03-2025'],
		['en', '2025-03-01', '2025-03-01']
	] as const)('formats for %s', (lang, iso, text) => {
		expect(formatCsvDate(iso, lang)).toBe(text);
	});
});

describe('parseBoolean', () => {
	it.each([
		['ja', true],
		['Ja', true],
		['j', true],
		['yes', true],
		['Y', true],
		['true', true],
		['WAAR', true],
		['1', true],
		['nee', false],
		['N', false],
		['no', false],
		['FALSE', false],
		['onwaar', false],
		['0', false]
	])('%s → %s', (text, value) => {
		expect(parseBoolean(text)).toEqual({ ok: true, value });
	});

	it.each(['misschien', '2', 'x'])('refuses %s', (text) => {
		expect(parseBoolean(text)).toEqual({ ok: false, reason: 'invalid-boolean' });
	});
});
