import { describe, expect, it } from 'vitest';
import { lineAttention, linesNeedingAttention, type LineAttention } from './line-attention';

const period = { end: '2025-12-31' };

describe('lineAttention', () => {
	const cases: {
		name: string;
		start: string;
		end: string | null;
		countsUntil?: string | null;
		expected: LineAttention[];
	}[] = [
		{ name: 'running contract, window open', start: '2022-01-01', end: null, expected: [] },
		{
			name: 'running contract, window without end',
			start: '2022-01-01',
			end: null,
			countsUntil: null,
			expected: []
		},
		{
			name: 'contract ended before the period end',
			start: '2022-01-01',
			end: '2025-06-30',
			expected: [{ code: 'contract-ended', date: '2025-06-30' }]
		},
		{
			name: 'contract ended the day before the period end',
			start: '2022-01-01',
			end: '2025-12-30',
			expected: [{ code: 'contract-ended', date: '2025-12-30' }]
		},
		{
			name: 'contract ends on the period end: still employed then',
			start: '2022-01-01',
			end: '2025-12-31',
			expected: []
		},
		{
			name: 'contract ends after the period end',
			start: '2022-01-01',
			end: '2026-03-31',
			expected: []
		},
		{
			name: 'starts after the period end',
			start: '2026-01-01',
			end: null,
			expected: [{ code: 'starts-after-period', date: '2026-01-01' }]
		},
		{ name: 'starts on the period end', start: '2025-12-31', end: null, expected: [] },
		{
			name: 'window ends within the next reference year',
			start: '2021-04-01',
			end: null,
			countsUntil: '2026-03-31',
			expected: [{ code: 'window-ends-next-year', date: '2026-03-31' }]
		},
		{
			name: 'window ends on the period end: counts now, not next year',
			start: '2021-01-01',
			end: null,
			countsUntil: '2025-12-31',
			expected: [{ code: 'window-ends-next-year', date: '2025-12-31' }]
		},
		{
			name: 'window ends the day before the next period end',
			start: '2021-01-01',
			end: null,
			countsUntil: '2026-12-30',
			expected: [{ code: 'window-ends-next-year', date: '2026-12-30' }]
		},
		{
			name: 'window ends on the next period end: still counts then',
			start: '2021-01-01',
			end: null,
			countsUntil: '2026-12-31',
			expected: []
		},
		{
			name: 'window ended before the period end: not a line that stops next year',
			start: '2019-01-01',
			end: null,
			countsUntil: '2025-06-30',
			expected: []
		},
		{
			name: 'ended contract wins over its window',
			start: '2021-01-01',
			end: '2025-03-31',
			countsUntil: '2026-03-31',
			expected: [{ code: 'contract-ended', date: '2025-03-31' }]
		}
	];
	it.each(cases)('$name', ({ start, end, countsUntil, expected }) => {
		expect(lineAttention({ start, end }, period, countsUntil)).toEqual(expected);
	});

	it('measures the next reference year from a period end that is not 31 December', () => {
		const p = { end: '2025-06-30' };
		const line = { start: '2020-01-01', end: null };
		expect(lineAttention(line, p, '2026-06-29')).toEqual([
			{ code: 'window-ends-next-year', date: '2026-06-29' }
		]);
		expect(lineAttention(line, p, '2026-06-30')).toEqual([]);
	});
});

describe('linesNeedingAttention', () => {
	it('keeps only flagged lines, in input order, with the engine window by id', () => {
		const lines = [
			{ id: 'a', start: '2022-01-01', end: null },
			{ id: 'b', start: '2022-01-01', end: '2025-05-31' },
			{ id: 'c', start: '2021-03-01', end: null },
			{ id: 'd', start: '2026-02-01', end: null }
		];
		const countsUntil = new Map([
			['a', '2030-01-01'],
			['c', '2026-02-28']
		]);
		expect(linesNeedingAttention(lines, period, countsUntil)).toEqual([
			{ id: 'b', attention: [{ code: 'contract-ended', date: '2025-05-31' }] },
			{ id: 'c', attention: [{ code: 'window-ends-next-year', date: '2026-02-28' }] },
			{ id: 'd', attention: [{ code: 'starts-after-period', date: '2026-02-01' }] }
		]);
	});
});
