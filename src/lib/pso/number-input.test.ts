import { describe, expect, it } from 'vitest';
import { formatNumberInput, parseNumberInput } from './number-input';

describe('parseNumberInput in Dutch', () => {
	it.each([
		['48500', 48500],
		['48.500', 48500],
		['48.500,00', 48500],
		['€ 48.500', 48500],
		['€48.500,50', 48500.5],
		['48.500 €', 48500],
		['1.234.567,89', 1234567.89],
		['48 500', 48500],
		['48\u00a0500,25', 48500.25],
		['0,8', 0.8],
		[',5', 0.5],
		['37,5', 37.5],
		['12,500', 12.5],
		['1234,567', 1234.567],
		['007', 7],
		['-4', -4],
		['−4,5', -4.5],
		['-€ 5', -5],
		['+3', 3],
		['-0', 0],
		['30%', 30],
		['  32  ', 32],
		['1000000000', 1e9]
	])('%s → %s', (text, value) => {
		expect(parseNumberInput(text, 'nl')).toEqual({ ok: true, value });
	});

	it.each([
		// A point followed by other than exactly three digits is an English decimal point.
		['48.50', 'ambiguous-number'],
		['1.5', 'ambiguous-number'],
		['0.8', 'ambiguous-number'],
		['37.5', 'ambiguous-number'],
		['48,500.00', 'ambiguous-number'],
		['1234.567', 'ambiguous-number'],
		['0.800', 'ambiguous-number'],
		['1.234.5', 'invalid-number'],
		['1.23.456', 'invalid-number'],
		['1,2,3', 'invalid-number'],
		['32,', 'invalid-number'],
		['1e3', 'invalid-number'],
		['Infinity', 'invalid-number'],
		['NaN', 'invalid-number'],
		['abc', 'invalid-number'],
		['32 uur', 'invalid-number'],
		['--1', 'invalid-number'],
		['€', 'invalid-number'],
		['', 'invalid-number'],
		['1' + '0'.repeat(308), 'too-large'],
		['1' + '0'.repeat(30), 'too-large'],
		['x'.repeat(400), 'invalid-number']
	])('%s → %s', (text, reason) => {
		expect(parseNumberInput(text, 'nl')).toEqual({ ok: false, reason });
	});
});

describe('parseNumberInput in English', () => {
	it.each([
		['48500', 48500],
		['48,500', 48500],
		['48,500.00', 48500],
		['€ 48,500', 48500],
		['12,500', 12500],
		['0.8', 0.8],
		['.5', 0.5],
		['48.500', 48.5],
		['1,234,567.89', 1234567.89],
		['48 500.5', 48500.5]
	])('%s → %s', (text, value) => {
		expect(parseNumberInput(text, 'en')).toEqual({ ok: true, value });
	});

	it.each([
		['12,5', 'ambiguous-number'],
		['0,8', 'ambiguous-number'],
		['48.500,00', 'ambiguous-number'],
		['1,234,5', 'invalid-number'],
		['1.2.3', 'invalid-number'],
		['0x10', 'invalid-number']
	])('%s → %s', (text, reason) => {
		expect(parseNumberInput(text, 'en')).toEqual({ ok: false, reason });
	});
});

describe('parseNumberInput when the convention is unknown (tab-separated CSV)', () => {
	it.each([
		['32', 32],
		['32,5', 32.5],
		['32.5', 32.5],
		['1.000,5', 1000.5],
		['1,000.5', 1000.5],
		['1.000.000', 1e6],
		['0,800', 0.8]
	])('%s → %s', (text, value) => {
		expect(parseNumberInput(text, 'either')).toEqual({ ok: true, value });
	});

	it.each([
		['1.000', 'ambiguous-number'],
		['1,000', 'ambiguous-number'],
		['32.500', 'ambiguous-number'],
		['abc', 'invalid-number']
	])('%s → %s', (text, reason) => {
		expect(parseNumberInput(text, 'either')).toEqual({ ok: false, reason });
	});
});

describe('formatNumberInput', () => {
	it.each([
		[37.5, 'nl', '37,5'],
		[37.5, 'en', '37.5'],
		[48500, 'nl', '48500'],
		[1e9, 'nl', '1000000000'],
		[0.125, 'nl', '0,125'],
		[null, 'nl', ''],
		[Number.NaN, 'en', '']
	] as const)('%s in %s → %s', (value, lang, text) => {
		expect(formatNumberInput(value, lang)).toBe(text);
	});

	it.each([37.5, 48500, 0.8, 1234567.89, 1e9, 0.1 + 0.2])('%s reads back unchanged', (value) => {
		for (const lang of ['nl', 'en'] as const) {
			expect(parseNumberInput(formatNumberInput(value, lang), lang)).toEqual({ ok: true, value });
		}
	});
});
