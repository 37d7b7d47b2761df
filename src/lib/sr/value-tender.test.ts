// The rules of SR §3.1-3.6, one table per step, with inline policies only (SR §5.3).
import { describe, expect, it } from 'vitest';
import { srResultSchema, type SrResult } from './result-schema';
import { policy, stated, tender, type Json } from './test-support';
import { valueTender } from './value-tender';

function value(tenderOverrides: Json = {}, policyOverrides: Json = {}): SrResult {
	const result = valueTender(tender(tenderOverrides), policy(policyOverrides));
	// Every result must be a valid sr-result/1 (SR §4), whatever the case.
	expect(srResultSchema.safeParse(result).success).toBe(true);
	return result;
}

const range = (min: number, max = min) => ({ min, max });

describe('SR §3.1 applicable: threshold and labour-share condition', () => {
	const all = (v: number | null, extra: Json = {}) => ({
		scope: 'all',
		minContractValueExVat: stated(v),
		...extra
	});
	it.each<[string, Json, Json, boolean | null, string[]]>([
		['above the threshold', { contractValue: 2_000_000 }, {}, true, []],
		['exactly at the threshold', { contractValue: 100_000 }, {}, true, []],
		['threshold unknown', {}, { thresholds: [all(null)] }, null, ['threshold-unknown']],
		['no threshold for the scope', {}, { thresholds: [] }, null, ['threshold-unknown']],
		[
			"the scope's own entry wins over `all` (works: 5 M)",
			{ scope: 'works' },
			{ thresholds: [all(100_000), { scope: 'works', minContractValueExVat: stated(5e6) }] },
			false,
			[]
		],
		[
			'`all` applies to a scope without its own entry',
			{ scope: 'services' },
			{ thresholds: [all(100_000), { scope: 'works', minContractValueExVat: stated(5e6) }] },
			true,
			[]
		],
		[
			'labour share required but not given',
			{},
			{ thresholds: [all(100_000, { minLabourSharePct: 30 })] },
			null,
			['labour-share-unknown']
		],
		[
			'labour share at the minimum',
			{ labourSharePct: 30 },
			{ thresholds: [all(100_000, { minLabourSharePct: 30 })] },
			true,
			[]
		],
		[
			'a known failing condition wins over an unknown threshold, without warnings',
			{ labourSharePct: 20 },
			{ thresholds: [all(null, { minLabourSharePct: 30 })] },
			false,
			[]
		],
		[
			'both conditions unknown',
			{},
			{ thresholds: [all(null, { minLabourSharePct: 30 })] },
			null,
			['threshold-unknown', 'labour-share-unknown']
		]
	])('%s', (_name, tenderOverrides, policyOverrides, applicable, warnings) => {
		const result = value(tenderOverrides, policyOverrides);
		expect(result.applicable).toBe(applicable);
		expect(result.warnings).toEqual(warnings);
	});

	it('below the threshold: no obligation, every amount 0, fill with 0 years, no warnings', () => {
		const result = value(
			{
				contractValue: 50_000,
				estimate: true,
				certificate: { rung: 'trede-1', validUntil: '2027-06-01' }
			},
			{ thresholds: [{ scope: 'all', minContractValueExVat: stated(100_000) }] }
		);
		expect(result).toEqual({
			format: 'sr-result/1',
			policy: 'test-policy',
			policyVersion: '2026',
			applicable: false,
			pct: 0,
			obligation: range(0),
			credit: range(0),
			conditional: false,
			recertifyBy: null,
			remaining: range(0),
			fill: [{ block: 'pw-gt-2y', valuePerYear: 40_000, fteYears: range(0) }],
			warnings: [],
			sources: ['R1']
		});
	});

	it.each<[string, string, boolean]>([
		['6 months exactly', '2027-06-30', true],
		['one day short of 6 months', '2027-06-29', false]
	])('a minimum duration (our addition, SR §8): %s', (_name, end, applicable) => {
		const threshold = {
			scope: 'all',
			minContractValueExVat: stated(0),
			minDurationMonths: stated(6)
		};
		const result = value({ start: '2027-01-01', end }, { thresholds: [threshold] });
		expect(result.applicable).toBe(applicable);
	});
});

describe('SR §3.2 percentage: override, reduced % and its condition, unknown', () => {
	const reduced = { reducedPct: { pct: stated(2), belowLabourSharePct: 30 } };
	it.each<[string, Json, Json, number | null, [number, number], string[]]>([
		['standard %', {}, {}, 5, [100_000, 100_000], []],
		[
			'reduced % when labour is below the limit',
			{ labourSharePct: 20 },
			reduced,
			2,
			[40_000, 40_000],
			[]
		],
		['standard % at the limit itself', { labourSharePct: 30 }, reduced, 5, [100_000, 100_000], []],
		[
			'labour share not given: standard % with a warning',
			{},
			reduced,
			5,
			[100_000, 100_000],
			['labour-share-unknown']
		],
		[
			'pctOverride wins over the reduced %',
			{ labourSharePct: 20, pctOverride: 3 },
			reduced,
			3,
			[60_000, 60_000],
			[]
		],
		['pctOverride 0', { pctOverride: 0 }, {}, 0, [0, 0], []],
		[
			'pctOverride wins over an unknown %',
			{ pctOverride: 4 },
			{ standardPct: stated(null) },
			4,
			[80_000, 80_000],
			[]
		],
		[
			'unknown %: 0 to 5 % of the contract value',
			{},
			{ standardPct: stated(null) },
			null,
			[0, 100_000],
			['pct-unknown']
		],
		[
			'unknown reduced %',
			{ labourSharePct: 10 },
			{ reducedPct: { pct: stated(null), belowLabourSharePct: 30 } },
			null,
			[0, 100_000],
			['pct-unknown']
		]
	])('%s', (_name, tenderOverrides, policyOverrides, pct, [min, max], warnings) => {
		const result = value({ certificate: null, ...tenderOverrides }, policyOverrides);
		expect(result.pct).toBe(pct);
		expect(result.obligation).toEqual(range(min, max));
		expect(result.warnings).toEqual(warnings);
	});
});

describe('SR §3.4-3.5 PSO effect by rung: credit and remaining', () => {
	const rules = (...list: Json[]) => ({ psoRules: list });
	const rule = (rung: string, effect: Json) => ({ rung, effect });
	it.each<[string, Json, Json, [number, number], [number, number], string[]]>([
		['fulfils', {}, {}, [100_000, 100_000], [0, 0], []],
		[
			'reduces 30 %',
			{},
			rules(rule('trede-2', { kind: 'reduces_obligation_pct', pct: stated(30) })),
			[30_000, 30_000],
			[70_000, 70_000],
			[]
		],
		[
			'reduces by an unknown %',
			{},
			rules(rule('trede-2', { kind: 'reduces_obligation_pct', pct: stated(null) })),
			[0, 100_000],
			[0, 100_000],
			['ask-buyer']
		],
		['none', {}, rules(rule('trede-2', { kind: 'none' })), [0, 0], [100_000, 100_000], []],
		[
			'unknown',
			{},
			rules(rule('trede-2', { kind: 'unknown' })),
			[0, 100_000],
			[0, 100_000],
			['ask-buyer']
		],
		[
			'no rule for the rung',
			{ certificate: { rung: 'trede-1', validUntil: '2029-01-01' } },
			{},
			[0, 100_000],
			[0, 100_000],
			['ask-buyer']
		],
		['no certificate (null)', { certificate: null }, {}, [0, 0], [100_000, 100_000], []],
		[
			'no certificate (absent), estimate ignored',
			{ certificate: undefined, estimate: true },
			{},
			[0, 0],
			[100_000, 100_000],
			[]
		],
		[
			'pso30plus uses its own rule',
			{ certificate: { rung: 'trede-3', pso30plus: true, validUntil: '2029-01-01' } },
			rules(
				rule('trede-3', { kind: 'fulfils_obligation' }),
				rule('pso30plus', { kind: 'reduces_obligation_pct', pct: stated(80) })
			),
			[80_000, 80_000],
			[20_000, 20_000],
			[]
		],
		[
			'pso30plus without its own rule uses the trede-3 rule',
			{ certificate: { rung: 'trede-3', pso30plus: true, validUntil: '2029-01-01' } },
			rules(rule('trede-3', { kind: 'reduces_obligation_pct', pct: stated(60) })),
			[60_000, 60_000],
			[40_000, 40_000],
			[]
		],
		[
			'trede-3 without the flag does not use the pso30plus rule',
			{ certificate: { rung: 'trede-3', validUntil: '2029-01-01' } },
			rules(rule('pso30plus', { kind: 'fulfils_obligation' })),
			[0, 100_000],
			[0, 100_000],
			['ask-buyer']
		],
		[
			'alternative route 40 % (our addition, SR §8)',
			{},
			rules(rule('trede-2', { kind: 'alternative_route', sharePct: stated(40) })),
			[40_000, 40_000],
			[60_000, 60_000],
			['alternative-route']
		],
		[
			'fulfils with an unknown %: credit is the whole range, nothing remains',
			{},
			{ standardPct: stated(null) },
			[0, 100_000],
			[0, 0],
			['pct-unknown']
		],
		[
			'reduces 30 % of an unknown obligation',
			{},
			{
				standardPct: stated(null),
				...rules(rule('trede-2', { kind: 'reduces_obligation_pct', pct: stated(30) }))
			},
			[0, 30_000],
			[0, 70_000],
			['pct-unknown']
		]
	])('%s', (_name, tenderOverrides, policyOverrides, credit, remaining, warnings) => {
		const result = value(tenderOverrides, policyOverrides);
		expect(result.credit).toEqual(range(...credit));
		expect(result.remaining).toEqual(range(...remaining));
		expect(result.warnings).toEqual(warnings);
	});
});

describe('SR §3.6 validity, recertification and estimates', () => {
	const wholeContract = {
		psoRules: [
			{ rung: 'trede-2', effect: { kind: 'fulfils_obligation' }, validForWholeContract: true }
		]
	};
	const cert = (validUntil: string) => ({ certificate: { rung: 'trede-2', validUntil } });
	it.each<[string, Json, Json, boolean, string | null, string[]]>([
		[
			'expires before the end, rule requires the whole contract',
			cert('2028-03-01'),
			wholeContract,
			true,
			'2028-03-01',
			['recertification-needed']
		],
		['expires on the end date itself', cert('2028-12-31'), wholeContract, false, null, []],
		['expires before the end, rule does not require it', cert('2028-03-01'), {}, false, null, []],
		[
			'an estimate',
			{ ...cert('2029-06-01'), estimate: true },
			wholeContract,
			true,
			null,
			['estimate-not-certificate']
		],
		[
			'an estimate that also expires too early',
			{ ...cert('2028-03-01'), estimate: true },
			wholeContract,
			true,
			'2028-03-01',
			['recertification-needed', 'estimate-not-certificate']
		]
	])('%s', (_name, tenderOverrides, policyOverrides, conditional, recertifyBy, warnings) => {
		const result = value(tenderOverrides, policyOverrides);
		expect(result.conditional).toBe(conditional);
		expect(result.recertifyBy).toBe(recertifyBy);
		expect(result.warnings).toEqual(warnings);
		// The credit itself stays what the rule gives: conditional, not reduced.
		expect(result.credit).toEqual(range(100_000));
	});
});
