import { describe, expect, it } from 'vitest';
import { defaultExpiry } from './certified-rung';

describe('certificate dates', () => {
	it.each([
		['2024-03-15', '2026-03-15'],
		['2024-02-29', '2026-02-28'],
		['2025-12-31', '2027-12-31']
	])(
		'a certificate issued on %s expires on %s by default (issue date + 2 years)',
		(issued, expires) => {
			expect(defaultExpiry(issued)).toBe(expires);
		}
	);
});
