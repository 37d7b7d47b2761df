import { describe, expect, it } from 'vitest';
import { containsPossibleBsn, passesElevenTest } from './bsn';

describe('passesElevenTest', () => {
	it.each([
		['111222333', true],
		['123456782', true],
		['012345672', true],
		['123456789', false],
		['000000000', false],
		['12345678', false],
		['1234567820', false],
		['12345678a', false]
	])('%s → %s', (digits, expected) => {
		expect(passesElevenTest(digits)).toBe(expected);
	});
});

describe('containsPossibleBsn', () => {
	it.each([
		['plain', '111222333'],
		['plain, other', '123456782'],
		['padded with spaces', '  123456782 '],
		['dots 3-3-3', '123.456.782'],
		['spaces 3-3-3', '123 456 782'],
		['official 4-2-3', '1234.56.782'],
		['inside text', 'mw-123456782'],
		['second number in the cell', 'x 123456789 y 111222333'],
		['leading zero dropped by Excel', '12345672'],
		['leading zero dropped, grouped', '12.345.672']
	])('refuses %s', (_name, cell) => {
		expect(containsPossibleBsn(cell)).toBe(true);
	});

	it.each([
		['fails the eleven test', '123456789'],
		['all zeros', '000000000'],
		['ten digits', '1234567820'],
		['eight digits failing the test', '12345678'],
		['yyyymmdd date', '20250101'],
		['Dutch date', '01-03-2020'],
		['Dutch date with dots', '01.03.2020'],
		['decimal', '32,5'],
		['pseudonymous id', 'mw-001'],
		['mixed separators', '123.456 782'],
		['empty', '']
	])('accepts %s', (_name, cell) => {
		expect(containsPossibleBsn(cell)).toBe(false);
	});
});
