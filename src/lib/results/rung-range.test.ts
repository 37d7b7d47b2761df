import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../pso/score';
import { assessment, line, ruleset } from '../pso/test-support/assessment-builder';
import { normsView } from './result-view';
import { leadingRung, rungRangeView } from './rung-range';

// 9 FTE with one full-time wajong line: 11,1 %. Size 9 is not tabled: the headline uses size 5
// (trede 1 12,6 %), the lenient norms size 10; interpolated lies between.
const nine = (
	qualitative = {
		suitableWork: 'met',
		integration: 'met',
		development: 'met',
		guidance: 'met'
	} as const
) =>
	scoreAssessment(assessment({ totalFte: 9, targetGroup: [line()], qualitative }), ruleset('2.1'));

describe('rungRangeView', () => {
	it('gives the range and the likely rung for an untabled size', () => {
		const result = nine();
		const view = rungRangeView(result);
		expect(view).not.toBeNull();
		expect(view!.size).toBe(9);
		expect(view!.likely).toBe(result.rungRange.likely);
		expect(view!.atLeast).toBe(result.rungRange.atLeast);
		expect(view!.atMost).toBe(result.rungRange.atMost);
		expect(view!.atLeast).not.toBe(view!.atMost);
	});

	it('leads with the likely rung after the criteria (none when one is not met)', () => {
		const result = nine({
			suitableWork: 'met',
			integration: 'met',
			development: 'met',
			guidance: 'partial'
		} as never);
		expect(rungRangeView(result)!.likely).toBe('none');
	});

	const single = { atLeast: 'trede-2', likely: 'trede-2', atMost: 'trede-2' } as const;
	it.each([
		{ name: 'a single-rung range', rungRange: single, likelyRung: 'trede-2' as const },
		{ name: 'a version-1 result without a range', rungRange: undefined, likelyRung: undefined }
	])('is null for $name', ({ rungRange, likelyRung }) => {
		expect(rungRangeView({ size: 50, rungRange, likelyRung })).toBeNull();
	});

	it.each([
		{ rung: 'none', likelyRung: 'trede-1', lead: 'trede-1' },
		{ rung: 'trede-2', likelyRung: undefined, lead: 'trede-2' }
	] as const)('leads with $lead (rung $rung, likely $likelyRung)', ({ rung, likelyRung, lead }) => {
		expect(leadingRung({ rung, likelyRung })).toBe(lead);
	});
});

describe('normsView lenient bound', () => {
	it('spans the headline (strict) and lenient norms for an untabled size', () => {
		const view = normsView(nine(), ruleset('2.1'));
		const t1 = view.find((n) => n.key === 'trede1')!;
		expect(t1.value).toBe(12.6);
		expect(t1.lenient).toBeLessThan(t1.value!);
		const basis = view.find((n) => n.key === 'basistrede')!;
		expect(basis.lenient).toBeLessThan(basis.value!);
	});

	it('is the norm itself for a tabled size', () => {
		const result = scoreAssessment(assessment({ totalFte: 50 }), ruleset('2.1'));
		for (const n of normsView(result, ruleset('2.1'))) expect(n.lenient).toBe(n.value);
	});
});
