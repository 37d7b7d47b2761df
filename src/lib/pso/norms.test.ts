// Size, norms and the quantitative rung (contract §3.8-3.11).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rungIndex } from './input-codes';
import { normLookup, rungForTotal, sizeForTotalFte } from './norms';
import { scoreAssessment } from './score';
import { assessment, line, ruleset } from './test-support/assessment-builder';

describe('size for the norm table (contract §3.8)', () => {
	it.each([
		[0.3, 2],
		[1.5, 2],
		[2, 2],
		[2.49, 2],
		[2.5, 3],
		[12.49, 12],
		[12.5, 13],
		[50, 50],
		[104.5, 105],
		[105, 105],
		[250, 105]
	])('%d FTE gives size %i', (totalFte, size) => {
		expect(sizeForTotalFte(totalFte)).toBe(size);
	});
});

describe('norm lookup (contract §3.9)', () => {
	const rules = ruleset('2.1');

	it.each([
		[2, 21.4, 28.0, 33.0],
		[10, 6.7, 9.0, 15.5],
		[50, 3.0, 3.7, 6.8],
		[105, 1.4, 1.9, 3.7]
	])('size %i is tabled: %d / %d / %d', (size, trede1, trede2, trede3) => {
		const lookup = normLookup(rules, size);
		expect(lookup.exact).toBe(true);
		expect(lookup.headline).toMatchObject({ size, trede1, trede2, trede3 });
		expect(lookup.interpolatedNorms).toMatchObject({ trede1, trede2, trede3 });
	});

	it('size 12 uses the size-10 norms and interpolates towards 15', () => {
		const lookup = normLookup(rules, 12);
		expect(lookup.exact).toBe(false);
		expect(lookup.headline.size).toBe(10);
		expect(lookup.upper.size).toBe(15);
		const interpolated = lookup.interpolatedNorms;
		expect(interpolated.trede1).toBeCloseTo(6.7 + (6.2 - 6.7) * 0.4, 12);
		expect(interpolated.trede2).toBeCloseTo(9.0 + (8.0 - 9.0) * 0.4, 12);
		expect(interpolated.trede3).toBeCloseTo(15.5 + (13.0 - 15.5) * 0.4, 12);
	});

	it('size 103 uses the size-100 norms', () => {
		expect(normLookup(rules, 103).headline.size).toBe(100);
		expect(normLookup(rules, 103).upper.size).toBe(105);
	});

	it('headline norms are never below the interpolated ones (the stricter reading)', () => {
		for (let size = 2; size <= 105; size++) {
			const lookup = normLookup(rules, size);
			const interpolated = lookup.interpolatedNorms;
			expect(lookup.headline.trede1).toBeGreaterThanOrEqual(interpolated.trede1);
			expect(lookup.headline.trede3).toBeGreaterThanOrEqual(interpolated.trede3);
		}
	});
});

describe('comparison: value >= norm with tolerance 1e-9 (contract §3.10)', () => {
	const norms = { basistrede: null, trede1: 3.0, trede2: 3.7, trede3: 6.8 };

	it.each([
		[3.7, 'trede-2'],
		[3.7 - 1e-10, 'trede-2'],
		[3.7 - 1e-8, 'trede-1'],
		[3.0, 'trede-1'],
		[2.9999999999, 'trede-1'],
		[2.99, 'none'],
		[6.8, 'trede-3'],
		[100, 'trede-3'],
		[0, 'none']
	])('total %d gives %s', (total, rung) => {
		expect(rungForTotal(total, norms)).toBe(rung);
	});

	it('reaches the basistrede only when it has a number', () => {
		expect(rungForTotal(2.5, { ...norms, basistrede: 2.0 })).toBe('basistrede');
		expect(rungForTotal(1.5, { ...norms, basistrede: 2.0 })).toBe('none');
	});

	it('the rung never falls as the total rises', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 100, noNaN: true }),
				fc.double({ min: 0, max: 100, noNaN: true }),
				fc.integer({ min: 2, max: 105 }),
				(a, b, size) => {
					const lookup = normLookup(ruleset('2.1'), size);
					const [low, high] = a <= b ? [a, b] : [b, a];
					const rungLow = rungForTotal(low, lookup.headline);
					const rungHigh = rungForTotal(high, lookup.headline);
					expect(rungIndex(rungHigh)).toBeGreaterThanOrEqual(rungIndex(rungLow));
				}
			)
		);
	});
});

describe('exact and estimated norms in a result', () => {
	it('size 12: headline size-10 norms, warning, interpolated norms and their rung', () => {
		// Direct 1.0 / 12 = 8.33 %: trede 1 by the size-10 norms (6.7 <= 8.33 < 9.0) and by the
		// interpolated ones (6.5 <= 8.33 < 8.6).
		const result = scoreAssessment(
			assessment({ totalFte: 12, targetGroup: [line()] }),
			ruleset('2.1')
		);
		expect(result.size).toBe(12);
		expect(result.norms).toMatchObject({
			size: 10,
			trede1: 6.7,
			trede2: 9.0,
			trede3: 15.5,
			estimated: true
		});
		expect(result.norms.interpolated.trede2).toBeCloseTo(8.6, 12);
		expect(result.quantitativeRung).toBe('trede-1');
		expect(result.norms.rungIfInterpolated).toBe('trede-1');
		expect(result.warnings).toContain('norm-estimated');
	});

	it('size 12 where interpolation would give a higher rung', () => {
		// 1.04 / 12 = 8.67 %: below 9.0 (size 10) but above 8.6 (interpolated).
		const result = scoreAssessment(
			assessment({ totalFte: 12, targetGroup: [line({ hoursPerWeek: 41.6 })] }),
			ruleset('2.1')
		);
		expect(result.quantitativeRung).toBe('trede-1');
		expect(result.norms.rungIfInterpolated).toBe('trede-2');
	});

	it('a tabled size has no warning and the same rung both ways', () => {
		const result = scoreAssessment(assessment({ targetGroup: [line(), line()] }), ruleset('2.1'));
		expect(result.norms.estimated).toBe(false);
		expect(result.norms.rungIfInterpolated).toBe(result.quantitativeRung);
		expect(result.warnings).not.toContain('norm-estimated');
	});
});

describe('basistrede (contract §3.11, §6.2)', () => {
	// Version 2: 2.1 models the basistrede (2.4115 % at size 50), so `basistrede-norm-unknown`
	// remains only for a ruleset with `basistrede.model: "none"` (rules-v2-norms.test.ts).
	it.each([
		['2.1', 1, 'none', 2.4115],
		['2.1', 0, 'none', 2.4115],
		['2.1', 2, 'trede-2', 2.4115],
		['1.9', 1, 'none', null]
	] as const)(
		'under %s with %i full-time employee(s) in 50 FTE: %s, basistrede norm %s',
		(id, people, rung, basistrede) => {
			const targetGroup = Array.from({ length: people }, () => line());
			const result = scoreAssessment(assessment({ targetGroup }), ruleset(id));
			expect(result.quantitativeRung).toBe(rung);
			expect(result.warnings).not.toContain('basistrede-norm-unknown');
			if (basistrede === null) expect(result.norms.basistrede).toBeNull();
			else expect(result.norms.basistrede).toBeCloseTo(basistrede, 4);
		}
	);
});
