// SR §3.7-3.8 and §4: building blocks, rounding and the shape of the result, with inline
// policies only (SR §5.3).
import { describe, expect, it } from 'vitest';
import { srResultSchema, type SrResult } from './result-schema';
import { policy, stated, tender, type Json } from './test-support';
import { roundHalfUp, valueTender } from './value-tender';

function value(tenderOverrides: Json = {}, policyOverrides: Json = {}): SrResult {
	const result = valueTender(tender(tenderOverrides), policy(policyOverrides));
	expect(srResultSchema.safeParse(result).success).toBe(true);
	return result;
}

const range = (min: number, max = min) => ({ min, max });

describe('SR §3.7 filling the rest with building blocks', () => {
	const blocks = [
		{ code: 'pw-lt-2y', label: 'PW < 2', valueEur: stated(30_000) },
		{ code: 'dgr', label: 'Doelgroepregister', valueEur: stated(80_000) },
		{ code: 'wsw', label: 'Wsw', valueEur: stated(null) },
		{ code: 'trial', label: 'Proefplaatsing', valueEur: stated(750), unit: 'month' },
		{ code: 'activity', label: 'Sociale activiteit', valueEur: stated(1000), unit: 'day' }
	];
	it('known values give years, unknown ones none, in policy order', () => {
		const result = value({ certificate: null, contractValue: 200_000 }, { buildingBlocks: blocks });
		expect(result.remaining).toEqual(range(10_000));
		expect(result.fill).toEqual([
			{ block: 'pw-lt-2y', valuePerYear: 30_000, fteYears: range(0.33) },
			// 10.000 / 80.000 = 0.125 → half up → 0.13
			{ block: 'dgr', valuePerYear: 80_000, fteYears: range(0.13) },
			{ block: 'wsw', valuePerYear: null, fteYears: null },
			{ block: 'trial', valuePerYear: 9000, fteYears: range(1.11) },
			{ block: 'activity', valuePerYear: null, fteYears: null }
		]);
	});

	it('a remaining range gives a range of years', () => {
		const rule = { rung: 'trede-2', effect: { kind: 'unknown' } };
		const result = value({}, { buildingBlocks: blocks.slice(0, 2), psoRules: [rule] });
		expect(result.fill.map((entry) => entry.fteYears)).toEqual([range(0, 3.33), range(0, 1.25)]);
	});
});

describe('SR §3.8 rounding: whole euros and 2 decimals, half up, from exact values', () => {
	it.each<[number, number, [number, number, number]]>([
		// 5 % of 10 = 0.5 → 1; half of it credited: 0.25 → 0 and 0.25 → 0.
		[10, 50, [1, 0, 0]],
		// 5 % of 30 = 1.5 → 2; credit 0.75 → 1; remaining 0.75 → 1.
		[30, 50, [2, 1, 1]],
		// 5 % of 1.999.990 = 99.999,5 → 100.000; 7 % credit 6.999,965 → 7.000; rest 92.999,535 → 93.000.
		[1_999_990, 7, [100_000, 7_000, 93_000]]
	])('contract %d, reduction %d %%', (contractValue, pct, [obligation, credit, remaining]) => {
		const rule = { rung: 'trede-2', effect: { kind: 'reduces_obligation_pct', pct: stated(pct) } };
		const result = value(
			{ contractValue },
			{ thresholds: [{ scope: 'all', minContractValueExVat: stated(0) }], psoRules: [rule] }
		);
		expect([result.obligation.min, result.credit.min, result.remaining.min]).toEqual([
			obligation,
			credit,
			remaining
		]);
	});

	it.each([
		[0.125, 2, 0.13],
		[1.005, 2, 1.01],
		[92999.99999999999, 0, 93000],
		[2.5, 0, 3],
		[0.49, 0, 0]
	])('roundHalfUp(%d, %d) = %d', (input, decimals, expected) => {
		expect(roundHalfUp(input, decimals)).toBe(expected);
	});
});

describe('SR §4 the result names its policy', () => {
	it('version absent → null; sources absent → []', () => {
		const result = value({}, { version: undefined, sources: undefined });
		expect(result.policyVersion).toBeNull();
		expect(result.sources).toEqual([]);
	});

	it('the contract example: 5 % of € 2.000.000 under a trede 2 that fulfils', () => {
		expect(value({ labourSharePct: 40, pctOverride: null, estimate: false })).toEqual({
			format: 'sr-result/1',
			policy: 'test-policy',
			policyVersion: '2026',
			applicable: true,
			pct: 5,
			obligation: range(100_000),
			credit: range(100_000),
			conditional: false,
			recertifyBy: null,
			remaining: range(0),
			fill: [{ block: 'pw-gt-2y', valuePerYear: 40_000, fteYears: range(0) }],
			warnings: [],
			sources: ['R1']
		});
	});
});
