// The derived test cases T1-T12 of pso-method §12, adjusted to the contract, plus the
// contract's own example, the indirect formula and cap, eligibility and qualitative rules.
import { describe, expect, it } from 'vitest';
import type { AssessmentInput } from './assessment-schema';
import { resultSchema } from './result-schema';
import { fixture } from './test-support/fixtures';
import { evaluateAssessment, scoreAssessment } from './score';
import {
	assessment,
	line,
	purchaseForFte,
	ruleset,
	type ShippedId
} from './test-support/assessment-builder';

function scoreFixture(name: string, id?: ShippedId) {
	const input = fixture(name);
	return scoreAssessment(input, ruleset(id ?? ((input.ruleset ?? '2.1') as ShippedId)));
}

describe('contract §3a example', () => {
	it('reproduces the example result', () => {
		const result = scoreFixture('contract-example');
		expect(result).toMatchObject({
			format: 'pso-result/1',
			ruleset: '2.1',
			eligible: true,
			ineligibleReasons: [],
			totalFte: 50,
			size: 50,
			direct: { weightedFte: 2, pct: 4 },
			indirect: { capped: false },
			norms: {
				size: 50,
				// Version 2 (§6.2): the basistrede of 2.1 is modelled, 2.4115 % at size 50.
				basistredeModelled: true,
				trede1: 3.0,
				trede2: 3.7,
				trede3: 6.8,
				estimated: false,
				interpolated: { trede1: 3.0, trede2: 3.7, trede3: 6.8 },
				rungIfInterpolated: 'trede-2',
				lenient: { trede1: 3.0, trede2: 3.7, trede3: 6.8, size: 50 }
			},
			quantitativeRung: 'trede-2',
			rung: 'trede-2',
			rungRange: { atLeast: 'trede-2', likely: 'trede-2', atMost: 'trede-2' },
			likelyRung: 'trede-2',
			qualitativeGaps: [],
			evidenceMissing: [],
			aspirant: { available: false, missing: ['rung-at-or-above-trede-1'] },
			pso30plus: {
				eligible: false,
				ftePct: 4,
				kernteamPossible: false,
				// Version 2 (§6.3): 2 of 55 on a regular contract is below the fifth (6 %).
				reasons: [
					'rung-below-trede-3',
					'headcount-share-below-30',
					'fte-share-below-30',
					'regular-share-below-fifth'
				]
			},
			nextRungs: [
				{
					rung: 'trede-3',
					extraWeightedFte: 1.19,
					extraPurchaseAmount: 190055,
					extraPurchaseBlockedBy: null
				},
				{ rung: 'pso-30plus', extraQualifyingPersons: 21, extraQualifyingFte: 21 }
			],
			warnings: []
		});
		expect(result.norms.basistrede).toBeCloseTo(2.4115, 4);
		expect(result.pso30plus.regularPct).toBeCloseTo(3.64, 2);
		expect(result.indirect.fte).toBeCloseTo(0.3, 12);
		expect(result.indirect.pct).toBeCloseTo(0.596, 3);
		expect(result.totalPct).toBeCloseTo(4.596, 3);
		expect(result.pso30plus.headcountPct).toBeCloseTo(3.6, 1);
		expect(result.lines[0]).toEqual({
			id: 'tg-1',
			fte: 1,
			positionWeight: 1,
			contractWeight: 1,
			weightedFte: 1,
			countsOnPeriodEnd: true,
			countsUntil: null
		});
	});

	it('has exactly the contract key names, in order', () => {
		const result = scoreFixture('contract-example');
		expect(Object.keys(result)).toEqual([
			'format',
			'ruleset',
			'eligible',
			'ineligibleReasons',
			'totalFte',
			'size',
			'direct',
			'indirect',
			'totalPct',
			'norms',
			'quantitativeRung',
			'rung',
			'rungRange',
			'likelyRung',
			'qualitativeGaps',
			'evidenceMissing',
			'aspirant',
			'pso30plus',
			'nextRungs',
			'lines',
			'warnings'
		]);
		expect(resultSchema.parse(result)).toEqual(result);
	});
});

describe('pso-method §12 test cases', () => {
	it.each<[string, string, number, number, string, string[]]>([
		// [fixture, rung, direct %, total %, case note, warnings]
		['t1', 'trede-2', 4.0, 4.0, '2 Wajong in 50 FTE', ['reference-supplier-used']],
		// Version 2 (§6.2): 6.0 % reaches the modelled basistrede of size 10 (4.9276 %).
		[
			't2',
			'basistrede',
			6.0,
			6.0,
			'WW 32 h in 10 FTE, below trede 1',
			['basistrede-norm-modelled', 'reference-supplier-used']
		],
		['t3', 'trede-2', 11.0, 11.0, 'WW + Participatiewet in 10 FTE', ['reference-supplier-used']],
		['t4', 'trede-1', 5.0, 6.4778, 'indirect lifts to trede 1', []],
		['t5', 'trede-2', 0.5, 2.5, 'cap binds', ['indirect-capped']],
		['t6', 'trede-2', 31.0, 31.0, '2 FTE at 31 %', ['reference-supplier-used']],
		// Version 2 (§6.3): the 1.7 PSO 30+ conditions are unconfirmed for 2.1.
		['t7', 'trede-3', 40.0, 40.0, '4 doelgroepregister in 10 FTE', ['unconfirmed-rule']],
		['t8', 'trede-3', 32.5, 32.5, '3 WW + 1 Wajong in 10 FTE', ['unconfirmed-rule']],
		['t9', 'none', 0, 0, 'window of 5 years expired', []],
		// 3.33 % stays below the modelled basistrede of size 30 (3.5827 %): no warning left.
		['t9-lks', 'none', 3.3333, 3.3333, 'LKS still running', ['reference-supplier-used']],
		['t10', 'none', 1.875, 1.875, 'VSO internship under 1.6', ['reference-supplier-used']],
		['t11', 'trede-3', 50.0, 50.0, 'SW company without seconded staff', ['unconfirmed-rule']],
		['t12', 'not-eligible', 33.3333, 33.3333, '1.5 FTE', []]
	])(
		'%s gives %s (%d %% direct, %d %% total): %s',
		(name, rung, direct, total, _note, warnings) => {
			const result = scoreFixture(name);
			expect(result.rung).toBe(rung);
			expect(result.direct.pct).toBeCloseTo(direct, 4);
			expect(result.totalPct).toBeCloseTo(total, 4);
			expect(result.warnings).toEqual(warnings);
		}
	);

	it('T4: without purchases it stays below trede 1, at the modelled basistrede', () => {
		const input = fixture('t4');
		// 5.0 % at size 20: below trede 1 (5.7 %), above the modelled basistrede (4.4056 %).
		expect(scoreAssessment({ ...input, purchases: [] }, ruleset()).quantitativeRung).toBe(
			'basistrede'
		);
		expect(scoreFixture('t4').indirect.pct).toBeCloseTo((100 * 0.3) / 20.3, 12);
	});

	it('T5: the cap counts 4 × direct; uncapped it would also be trede 2', () => {
		const result = scoreFixture('t5');
		expect(result.indirect.pct).toBeCloseTo(3.0, 4);
		expect(result.indirect.countedPct).toBeCloseTo(2.0, 12);
		expect(result.indirect.capped).toBe(true);
	});

	it('T6: 31 % at size 2 is trede 2, so not PSO 30+ though both shares pass', () => {
		const result = scoreFixture('t6');
		expect(result.pso30plus).toMatchObject({ eligible: false, reasons: ['rung-below-trede-3'] });
		expect(result.pso30plus.ftePct).toBeCloseTo(31, 12);
	});

	it('T7: trede 3 and PSO 30+', () => {
		expect(scoreFixture('t7').pso30plus).toEqual({
			eligible: true,
			headcountPct: 40,
			ftePct: 40,
			regularPct: 40,
			kernteamPossible: false,
			reasons: []
		});
	});

	it('T8: WW without further indication does not count for 30+', () => {
		const result = scoreFixture('t8');
		expect(result.pso30plus.headcountPct).toBe(10);
		expect(result.pso30plus.eligible).toBe(false);
	});

	it.each<[ShippedId, number]>([
		['1.6', 0],
		['1.7', 0],
		['2.1', 0]
	])('T9: under %s the former bijstand claimant hired 6 years ago counts %d', (id, weighted) => {
		expect(scoreFixture('t9', id).direct.weightedFte).toBe(weighted);
	});

	it.each<[ShippedId, number, string]>([
		['1.6', 1.875, 'none'],
		['1.7', 3.75, 'none'],
		['1.9', 3.75, 'none'],
		['2.1', 3.75, 'none']
	])('T10 version switch: under %s the VSO intern gives %d %%', (id, pct, rung) => {
		const result = scoreFixture('t10', id);
		expect(result.ruleset).toBe(id);
		expect(result.direct.pct).toBeCloseTo(pct, 12);
		expect(result.quantitativeRung).toBe(rung);
	});

	it('T11: seconded-out SW staff are left out of lines and totalFte', () => {
		// The contract has no SW-organisation flag: the 40 staff seconded out are simply not
		// entered and not in totalFte (60 of 100), as the v1.5 exclusion asks (pso-method §3).
		const result = scoreFixture('t11');
		expect(result.totalFte).toBe(60);
		expect(result.direct.weightedFte).toBe(30);
		expect(result.pso30plus.eligible).toBe(true);
		// Entering them as secondments would count them (0.9 each) and inflate totalFte.
		const input = fixture('t11');
		const wrong = scoreAssessment(
			{
				...input,
				totalFte: 100,
				targetGroup: [
					...(input.targetGroup ?? []),
					...Array.from({ length: 40 }, (_, index) =>
						line({ id: `out-${index}`, position: 'wsw', contract: 'secondment-flex' })
					)
				]
			},
			ruleset()
		);
		expect(wrong.direct.pct).toBeCloseTo(66, 12);
		expect(result.direct.pct).toBe(50);
	});

	it('T12: below 2 FTE is not eligible, percentages still reported', () => {
		const result = scoreFixture('t12');
		expect(result).toMatchObject({
			eligible: false,
			ineligibleReasons: ['fte-below-2'],
			quantitativeRung: 'not-eligible',
			rung: 'not-eligible',
			nextRungs: [],
			norms: { rungIfInterpolated: 'not-eligible' }
		});
	});
});

describe('indirect contribution and cap (contract §3.4-3.6)', () => {
	it('converts each purchase pro rata and sums them', () => {
		const purchases = [
			{
				supplier: 'A',
				kind: 'pso-certified' as const,
				amount: 10_000,
				supplierTurnover: 1_000_000,
				supplierFte: 50,
				supplierDirectPct: 20
			},
			{
				supplier: 'B',
				kind: 'sw-company' as const,
				amount: 30_000,
				supplierTurnover: 600_000,
				supplierFte: 10,
				supplierDirectPct: 80
			}
		];
		const result = scoreAssessment(
			assessment({ targetGroup: [line(), line()], purchases }),
			ruleset()
		);
		const indirectFte = 0.01 * 50 * 0.2 + 0.05 * 10 * 0.8;
		expect(result.indirect.fte).toBeCloseTo(indirectFte, 12);
		expect(result.indirect.pct).toBeCloseTo((100 * indirectFte) / (50 + indirectFte), 12);
		expect(result.totalPct).toBeCloseTo(4 + result.indirect.pct, 12);
	});

	it.each([
		[1, 0.5, false],
		// 4.3 FTE is just under the cap: 100 × 4.3 / 54.3 = 7.92 % < 4 × 2 %.
		[1, 4.3, false],
		[1, 10, true],
		[0, 1, true]
	])('direct %d FTE and indirect %d FTE: capped %s', (direct, indirect, capped) => {
		const targetGroup = direct > 0 ? [line({ hoursPerWeek: 40 * direct })] : [];
		const result = scoreAssessment(
			assessment({ targetGroup, purchases: [purchaseForFte(indirect)] }),
			ruleset()
		);
		expect(result.indirect.capped).toBe(capped);
		expect(result.indirect.countedPct).toBeCloseTo(
			Math.min(result.indirect.pct, 4 * result.direct.pct),
			12
		);
		expect(result.warnings.includes('indirect-capped')).toBe(capped);
	});

	it('under 1.6 purchases use the unconfirmed cap', () => {
		const input = assessment({ targetGroup: [line()], purchases: [purchaseForFte(0.1)] });
		expect(scoreAssessment(input, ruleset('1.6')).warnings).toContain('unconfirmed-rule');
		expect(scoreAssessment(input, ruleset('1.7')).warnings).not.toContain('unconfirmed-rule');
	});
});

describe('eligibility (contract §3.7)', () => {
	it.each<[number, number | undefined, string[]]>([
		[2, 12, []],
		// Version 2 (§6.4): eligibility minimums compare exactly, without the 1e-9 tolerance.
		[2 - 1e-10, 12, ['fte-below-2']],
		[1.99, 12, ['fte-below-2']],
		[50, 12 - 1e-10, ['active-below-12-months']],
		[50, 11, ['active-below-12-months']],
		[1, 0, ['fte-below-2', 'active-below-12-months']],
		[50, undefined, []]
	])('totalFte %d, monthsActive %s: reasons %j', (totalFte, monthsActive, reasons) => {
		const input = assessment({
			totalFte,
			organisation: monthsActive === undefined ? {} : { monthsActive }
		});
		const result = scoreAssessment(input, ruleset());
		expect(result.ineligibleReasons).toEqual(reasons);
		expect(result.eligible).toBe(reasons.length === 0);
	});

	it('does not warn about estimated norms for an ineligible organisation', () => {
		const input = assessment({ totalFte: 12, organisation: { monthsActive: 6 } });
		const result = scoreAssessment(input, ruleset());
		expect(result.norms.estimated).toBe(true);
		expect(result.warnings).not.toContain('norm-estimated');
	});
});

describe('qualitative criteria (contract §3.12)', () => {
	const twoWajong = [line(), line()];

	it.each<[string, AssessmentInput['qualitative'], string[], string]>([
		[
			'all met',
			{ suitableWork: 'met', integration: 'met', development: 'met', guidance: 'met' },
			[],
			'trede-2'
		],
		[
			'one partial',
			{ suitableWork: 'met', integration: 'partial', development: 'met', guidance: 'met' },
			['integration'],
			'none'
		],
		[
			'one unmet',
			{ suitableWork: 'unmet', integration: 'met', development: 'met', guidance: 'met' },
			['suitableWork'],
			'none'
		],
		[
			'one absent (unknown)',
			{ suitableWork: 'met', integration: 'met', development: 'met' },
			['guidance'],
			'none'
		],
		['none given', undefined, ['suitableWork', 'integration', 'development', 'guidance'], 'none']
	])('%s', (_name, qualitative, gaps, rung) => {
		const result = scoreAssessment(assessment({ targetGroup: twoWajong, qualitative }), ruleset());
		expect(result.quantitativeRung).toBe('trede-2');
		expect(result.qualitativeGaps).toEqual(gaps);
		expect(result.rung).toBe(rung);
	});
});

describe('trace for the explanation', () => {
	it('groups lines and keeps the numbers the result shows', () => {
		const input = assessment({
			targetGroup: [
				line(),
				line(),
				line({ position: 'ww', wwMonths: 8, hoursPerWeek: 20 }),
				line({ position: 'ww' })
			]
		});
		const { result, trace } = evaluateAssessment(input, ruleset());
		expect(result).toEqual(scoreAssessment(input, ruleset()));
		expect(trace.groups).toEqual([
			expect.objectContaining({ position: 'wajong', lines: 2, fte: 2, weightedFte: 2 }),
			expect.objectContaining({ position: 'ww', lines: 1, fte: 0.5, weightedFte: 0.375 })
		]);
		expect(trace.notCounted).toEqual([
			{ reason: 'ww-months-missing', count: 1, ids: [input.targetGroup?.[3]?.id] }
		]);
		expect(trace.periodDays).toBe(365);
		expect(trace.ftePerEuroFrom).toBe('reference');
	});
});
