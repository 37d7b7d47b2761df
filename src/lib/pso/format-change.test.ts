import { describe, expect, it } from 'vitest';
import { formatFixed, formatSigned } from './format-change';

describe('formatSigned', () => {
	it.each([
		[1.25, 'nl', '+1,25'],
		[-0.4, 'nl', '-0,40'],
		[0, 'nl', '0,00'],
		[1234.5, 'en', '+1,234.50']
	] as const)('%s in %s → %s', (value, lang, text) => {
		expect(formatSigned(value, lang)).toBe(text);
	});

	it('formatFixed keeps the decimals', () => {
		expect(formatFixed(4.6, 'nl')).toBe('4,60');
	});
});
