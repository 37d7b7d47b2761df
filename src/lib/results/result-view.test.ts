import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../pso/score';
import { assessment, line, ruleset } from '../pso/test-support/assessment-builder';
import { linesStoppingBefore, normsView } from './result-view';

describe('result page view', () => {
	// Participatiewet counts 5 years from inflow (contract §4): inflow 2021-03-01 → through 2026-02-28.
	it.each([
		['stops within the next reference year', '2021-03-01', '2025-12-31', ['2026-02-28']],
		['stops after the next reference year', '2022-03-01', '2025-12-31', []],
		['already stopped before the period end', '2020-03-01', '2025-12-31', []],
		[
			'a period ending on 29 February: the next one ends on 28 February',
			'2020-02-01',
			'2024-02-29',
			['2025-01-31']
		]
	])('%s', (_label, inflow, periodEnd, expected) => {
		const input = assessment({
			period: {
				start: `${Number(periodEnd.slice(0, 4)) - 1}-${periodEnd.slice(5) === '02-29' ? '03-01' : '01-01'}`,
				end: periodEnd
			},
			targetGroup: [
				line({ id: 'p', position: 'participatiewet', start: inflow, inflow }),
				line({ id: 'w' })
			]
		});
		const result = scoreAssessment(input, ruleset('2.1'));
		expect(linesStoppingBefore(result, input).map((l) => l.countsUntil)).toEqual(expected);
	});

	it('flags the norms as confirmed only for a tabled size', () => {
		const tabled = scoreAssessment(assessment({ totalFte: 50 }), ruleset('2.1'));
		const estimated = scoreAssessment(assessment({ totalFte: 12 }), ruleset('2.1'));
		const t1 = (v: ReturnType<typeof normsView>) => v.find((n) => n.key === 'trede1')!;
		expect(t1(normsView(tabled, ruleset('2.1')))).toMatchObject({ value: 3.0, confirmed: true });
		expect(t1(normsView(estimated, ruleset('2.1')))).toMatchObject({
			value: 6.7,
			confirmed: false
		});
		const before21 = scoreAssessment(assessment({ totalFte: 50 }), ruleset('1.7'));
		expect(normsView(before21, ruleset('1.7')).map((n) => n.key)).not.toContain('basistrede');
	});
});
