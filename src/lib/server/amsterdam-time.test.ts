import { describe, expect, it } from 'vitest';
import { amsterdamDateTime, amsterdamDayStart, nextIsoDate } from './amsterdam-time';

describe('Amsterdam days for the audit trail', () => {
	it.each([
		['winter (UTC+1)', '2025-01-15', Date.UTC(2025, 0, 14, 23) / 1000],
		['summer (UTC+2)', '2025-07-01', Date.UTC(2025, 5, 30, 22) / 1000],
		['the day the clocks go forward', '2025-03-30', Date.UTC(2025, 2, 29, 23) / 1000],
		['the day the clocks go back', '2025-10-26', Date.UTC(2025, 9, 25, 22) / 1000]
	])('a day starts at midnight in Amsterdam: %s', (_name, iso, seconds) => {
		expect(amsterdamDayStart(iso)).toBe(seconds);
		expect(amsterdamDateTime(seconds)).toEqual({ date: iso, time: '00:00' });
	});

	it('a change just after midnight in Amsterdam is on the new day', () => {
		expect(amsterdamDateTime(Date.UTC(2025, 11, 31, 23, 30) / 1000)).toEqual({
			date: '2026-01-01',
			time: '00:30'
		});
		expect(nextIsoDate('2024-02-28')).toBe('2024-02-29');
	});
});
