// "Today" decides which certificate is in force and how many days are left before renewal;
// certificates are dated in the Netherlands, so the date must be Amsterdam's, not the server's.
import { describe, expect, it } from 'vitest';
import { isoDateOfSeconds, todayIso } from './today';

describe('todayIso (Europe/Amsterdam)', () => {
	it.each([
		// Winter (CET, UTC+1): Amsterdam's new day starts at 23:00 UTC.
		['2026-01-14T22:59:59Z', '2026-01-14'],
		['2026-01-14T23:00:00Z', '2026-01-15'],
		['2026-01-15T00:30:00Z', '2026-01-15'],
		// Summer (CEST, UTC+2): at 22:00 UTC.
		['2026-06-30T21:59:59Z', '2026-06-30'],
		['2026-06-30T22:00:00Z', '2026-07-01'],
		['2026-07-01T01:00:00Z', '2026-07-01'],
		// New Year's Eve: the new year begins in Amsterdam an hour before UTC.
		['2025-12-31T23:30:00Z', '2026-01-01'],
		// A leap day.
		['2028-02-28T23:15:00Z', '2028-02-29']
	])('at %s it is %s in Amsterdam', (instant, expected) => {
		expect(todayIso(new Date(instant))).toBe(expected);
	});

	it("gives Amsterdam's date where the UTC date (SQLite's date()) is still the day before", () => {
		const instant = new Date('2026-03-01T23:30:00Z');
		expect(todayIso(instant)).toBe('2026-03-02');
		expect(isoDateOfSeconds(instant.getTime() / 1000)).toBe('2026-03-01');
	});
});
