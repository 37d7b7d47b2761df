import { describe, expect, it } from 'vitest';
import {
	formatCsvDate,
	numberConventionOf,
	parseBoolean,
	parseDate,
	parseDecimal
} from './cell-values';

describe('parseDecimal when the file does not say how it writes numbers', () => {
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
		['32,50', 32.5],
		// Only one reading: the grouping makes the other mark the decimal one.
		['1.000,5', 1000.5],
		['1,000.5', 1000.5],
		['1.000.000', 1_000_000]
	])('%s → %s', (text, value) => {
		expect(parseDecimal(text)).toEqual({ ok: true, value });
	});

	it.each([
		['1.000', 'ambiguous-number'],
		['1,000', 'ambiguous-number'],
		['32.500', 'ambiguous-number'],
		['abc', 'invalid-number'],
		['32 uur', 'invalid-number'],
		['3,2,1', 'invalid-number'],
		['32,', 'invalid-number'],
		['1e3', 'invalid-number'],
		['--1', 'invalid-number']
	])('%s → %s', (text, reason) => {
		expect(parseDecimal(text)).toEqual({ ok: false, reason });
	});
});

describe('parseDecimal follows the file’s convention', () => {
	it.each([
		// `;`-separated Dutch Excel: comma decimals, point thousands.
		[';', '32,5', { ok: true, value: 32.5 }],
		[';', '48.500', { ok: true, value: 48500 }],
		[';', '48.500,00', { ok: true, value: 48500 }],
		[';', '32.5', { ok: false, reason: 'ambiguous-number' }],
		// `,`-separated: point decimals, comma thousands (quoted in the file).
		[',', '32.5', { ok: true, value: 32.5 }],
		[',', '48,500', { ok: true, value: 48500 }],
		[',', '12,5', { ok: false, reason: 'ambiguous-number' }],
		// Tab: either, unless both readings differ.
		['\t', '32,5', { ok: true, value: 32.5 }],
		['\t', '1.000', { ok: false, reason: 'ambiguous-number' }]
	] as const)('%j file: %s', (separator, text, outcome) => {
		expect(parseDecimal(text, numberConventionOf(separator))).toEqual(outcome);
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
