// Next-rung plan (contract §3.15): examples, the rules for which entries exist, and
// properties: the answer reaches the rung and one step less does not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentInput } from './assessment-schema';
import { rungIndex } from './input-codes';
import { smallestFeasible } from './next-rung';
import type { TredeTarget } from './result-codes';
import { scoreAssessment, solveNextRung } from './score';
import { assessmentArbitrary, solverAssessmentArbitrary } from './test-support/arbitraries';
import { assessment, line, purchaseForFte, ruleset } from './test-support/assessment-builder';

const rules = ruleset('2.1');

describe('smallestFeasible', () => {
	it.each([
		[0, 5],
		[1, 5],
		[37, 5],
		[37, 36],
		[37, 37],
		[37, 38],
		[37, 1e6],
		[123_456_789, 1]
	])('finds %i from guess %d', (answer, guess) => {
		expect(smallestFeasible((k) => k >= answer, guess)).toBe(answer);
	});

	it('returns null when nothing is feasible', () => {
		expect(smallestFeasible(() => false)).toBeNull();
	});
});

describe('which entries the plan has', () => {
	const people = (n: number) => Array.from({ length: n }, () => line());

	it.each<[string, AssessmentInput, string[]]>([
		[
			'no rung: the (modelled) basistrede, all tredes, and 30+ with a headcount',
			assessment({ organisation: { headcount: 60 } }),
			['basistrede', 'trede-1', 'trede-2', 'trede-3', 'pso-30plus']
		],
		[
			'trede 1: trede 2 and 3',
			assessment({ targetGroup: [line(), line({ hoursPerWeek: 20 })], totalFte: 30 }),
			['trede-2', 'trede-3']
		],
		['trede 2: trede 3 only', assessment({ targetGroup: people(2) }), ['trede-3']],
		[
			'trede 3 without 30+: only 30+',
			assessment({ targetGroup: people(4), organisation: { headcount: 50 } }),
			['pso-30plus']
		],
		[
			// Version 2 (§6.3): the 30+ entry stays, with 0 hires, when already eligible.
			'trede 3 and 30+: the 30+ entry only',
			assessment({ totalFte: 10, targetGroup: people(4), organisation: { headcount: 10 } }),
			['pso-30plus']
		],
		['not eligible: nothing', assessment({ totalFte: 1.5, organisation: { headcount: 2 } }), []],
		[
			'quantitative rung counts, not the final rung',
			assessment({ targetGroup: people(2), qualitative: {} }),
			['trede-3']
		]
	])('%s', (_name, input, rungs) => {
		expect(scoreAssessment(input, rules).nextRungs.map((entry) => entry.rung)).toEqual(rungs);
	});

	it('solveNextRung returns null where the plan has no entry', () => {
		const atTrede2 = assessment({ targetGroup: [line(), line()] });
		expect(solveNextRung(atTrede2, rules, 'trede-1')).toBeNull();
		expect(solveNextRung(atTrede2, rules, 'trede-2')).toBeNull();
		expect(solveNextRung(atTrede2, rules, 'trede-3')).toEqual({
			rung: 'trede-3',
			extraWeightedFte: 1.51,
			extraPurchaseAmount: 384_088,
			extraPurchaseBlockedBy: null
		});
		expect(solveNextRung(atTrede2, rules, 'pso-30plus')).toBeNull();
		expect(solveNextRung(assessment({ totalFte: 1 }), rules, 'trede-1')).toBeNull();
	});
});

describe('extra weighted FTE (contract §3.15 a)', () => {
	it('follows the size when the hire moves it to a lower norm', () => {
		// 14.4 FTE is size 14 (size-10 norm 6.7 %); 14.5 FTE is size 15 (6.2 %).
		const input = assessment({ totalFte: 14.4, targetGroup: [line({ hoursPerWeek: 34 })] });
		const result = scoreAssessment(input, rules);
		expect(result.direct.pct).toBeCloseTo(5.903, 3);
		expect(solveNextRung(input, rules, 'trede-1')).toMatchObject({ extraWeightedFte: 0.1 });
	});

	it('counts the cap: a hire raises the room for indirect too', () => {
		// Direct 0.5 %, indirect 3.0 % capped at 2 %. A hire raises direct and the cap with it
		// until the cap stops binding: 0.41 FTE gives 0.906 % + 2.995 % = 3.90 % (trede 3).
		const input = assessment({
			totalFte: 100,
			targetGroup: [line({ hoursPerWeek: 20 })],
			purchases: [purchaseForFte(3.1)]
		});
		const entry = solveNextRung(input, rules, 'trede-3');
		expect(entry).toMatchObject({
			extraWeightedFte: 0.41,
			extraPurchaseAmount: null,
			extraPurchaseBlockedBy: 'cap'
		});
	});
});

describe('extra purchase amount (contract §3.15 b)', () => {
	it('is null when the norm exceeds 5 × direct', () => {
		const input = assessment({ targetGroup: [line({ hoursPerWeek: 10 })] });
		// Direct 0.5 %: at most 2.5 % in total, trede 1 at size 50 needs 3.0 %.
		expect(solveNextRung(input, rules, 'trede-1')).toMatchObject({
			extraPurchaseAmount: null,
			extraPurchaseBlockedBy: 'cap'
		});
	});

	it('is null when the purchases yield no FTE per euro', () => {
		const input = assessment({
			targetGroup: [line()],
			purchases: [{ ...purchaseForFte(1), supplierDirectPct: 0 }]
		});
		expect(solveNextRung(input, rules, 'trede-1')).toMatchObject({
			extraPurchaseAmount: null,
			extraPurchaseBlockedBy: 'no-yield'
		});
	});

	it('uses the current purchases’ FTE per euro', () => {
		// 1 Wajong in 50 FTE (2 %) + purchases of 0.1 indirect FTE per 1,000 euro.
		const input = assessment({ targetGroup: [line()], purchases: [purchaseForFte(0.1)] });
		const entry = solveNextRung(input, rules, 'trede-1');
		// Needed indirect: 1 % = 100 I / (50 + I) → I = 50/99; minus 0.1 already bought.
		const euros = Math.ceil(((50 / 99 - 0.1) / 0.1) * 1000);
		expect(entry).toMatchObject({ extraPurchaseAmount: euros });
	});

	it('uses the reference supplier without purchases, and the caller can change it', () => {
		const input = assessment({ targetGroup: [line()] });
		const standard = solveNextRung(input, rules, 'trede-1');
		const cheaper = solveNextRung(input, rules, 'trede-1', {
			referenceSupplier: { turnoverPerFte: 40_000, directPct: 30 }
		});
		// I = 50/99 FTE at 0.3/80,000 FTE per euro.
		expect(standard).toMatchObject({ extraPurchaseAmount: Math.ceil((50 / 99) * (80_000 / 0.3)) });
		expect(cheaper).toMatchObject({ extraPurchaseAmount: Math.ceil((50 / 99) * (40_000 / 0.3)) });
	});

	it.each([
		{ turnoverPerFte: 0, directPct: 30 },
		{ turnoverPerFte: 80_000, directPct: 0 },
		{ turnoverPerFte: -1, directPct: 30 }
	])('gives no amount for a reference supplier without FTE per euro: %j', (referenceSupplier) => {
		const input = assessment({ targetGroup: [line()] });
		expect(solveNextRung(input, rules, 'trede-1', { referenceSupplier })).toMatchObject({
			extraPurchaseAmount: null
		});
	});
});

describe('PSO 30+ hires', () => {
	it.each<[string, number, number, number, number]>([
		// [name, totalFte, headcount, qualifying full-time persons, expected hires]
		['contract example', 50, 55, 2, 21],
		['headcount share binds', 10, 20, 3, 5],
		['FTE share binds', 30, 10, 3, 9],
		['already both at 30 %', 10, 10, 3, 0]
	])('%s', (_name, totalFte, headcount, people, hires) => {
		const input = assessment({
			totalFte,
			organisation: { headcount, monthsActive: 24 },
			targetGroup: Array.from({ length: people }, () => line()),
			qualitative: {}
		});
		expect(solveNextRung(input, rules, 'pso-30plus')).toEqual({
			rung: 'pso-30plus',
			extraQualifyingPersons: hires,
			extraQualifyingFte: hires
		});
	});

	it('has no entry without a headcount', () => {
		expect(solveNextRung(assessment(), rules, 'pso-30plus')).toBeNull();
	});
});

/** The assessment after hiring `extra` FTE at weight 1 (a full-period Wajong line). */
function withHire(input: AssessmentInput, extra: number): AssessmentInput {
	return {
		...input,
		totalFte: input.totalFte + extra,
		targetGroup: [
			...(input.targetGroup ?? []),
			line({ id: 'hire', hoursPerWeek: extra * 40, start: '2025-01-01' })
		]
	};
}

/**
 * The assessment after buying `euros` more at `ftePerEuro`: turnover 1 and 100 % make the
 * engine compute euros × ftePerEuro exactly as the solver does, even for huge amounts.
 */
function withPurchase(input: AssessmentInput, euros: number, ftePerEuro: number): AssessmentInput {
	const purchase = {
		supplier: 'Extra',
		kind: 'pso-certified' as const,
		amount: euros,
		supplierTurnover: 1,
		supplierFte: ftePerEuro,
		supplierDirectPct: 100
	};
	return { ...input, purchases: [...(input.purchases ?? []), purchase] };
}

function ftePerEuroOf(input: AssessmentInput): number {
	const result = scoreAssessment(input, rules);
	const amount = (input.purchases ?? []).reduce((sum, purchase) => sum + purchase.amount, 0);
	return amount > 0 ? result.indirect.fte / amount : 0.3 / 80_000;
}

const reachesTarget = (input: AssessmentInput, target: TredeTarget) =>
	rungIndex(scoreAssessment(input, rules).quantitativeRung) >= rungIndex(target);

describe('properties of the solver', () => {
	// `basistrede` (§6.2): the entry reaches the modelled norm and 0.01 FTE less does not.
	const targets = fc.constantFrom<TredeTarget>('basistrede', 'trede-1', 'trede-2', 'trede-3');

	const inputs = fc.oneof(assessmentArbitrary, solverAssessmentArbitrary);

	it('the extra FTE reaches the rung and 0.01 FTE less does not', () => {
		fc.assert(
			fc.property(inputs, targets, (input, target) => {
				const entry = solveNextRung(input, rules, target);
				fc.pre(entry !== null && entry.extraWeightedFte !== null);
				const extra = entry.extraWeightedFte;
				expect(Math.round(extra * 100)).toBeCloseTo(extra * 100, 9);
				expect(reachesTarget(withHire(input, extra), target)).toBe(true);
				expect(reachesTarget(withHire(input, extra - 0.01), target)).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});

	it('the extra purchase reaches the rung and 1 euro less does not', () => {
		fc.assert(
			fc.property(solverAssessmentArbitrary, targets, (input, target) => {
				const entry = solveNextRung(input, rules, target);
				fc.pre(entry !== null && entry.extraPurchaseAmount !== null);
				const euros = entry.extraPurchaseAmount;
				expect(Number.isInteger(euros)).toBe(true);
				const rate = ftePerEuroOf(input);
				expect(reachesTarget(withPurchase(input, euros, rate), target)).toBe(true);
				if (euros > 0) {
					expect(reachesTarget(withPurchase(input, euros - 1, rate), target)).toBe(false);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('PSO 30+ hires reach both shares and the regular fifth, and one fewer does not', () => {
		fc.assert(
			fc.property(inputs, (input) => {
				const entry = solveNextRung(input, rules, 'pso-30plus');
				fc.pre(entry !== null && entry.extraQualifyingPersons > 0);
				const hires = (n: number): AssessmentInput => ({
					...input,
					totalFte: input.totalFte + n,
					organisation: {
						...input.organisation,
						headcount: (input.organisation?.headcount ?? 0) + n
					},
					targetGroup: [
						...(input.targetGroup ?? []),
						...Array.from({ length: n }, (_, index) =>
							line({ id: `hire-${index}`, start: '2025-01-01' })
						)
					]
				});
				const shares = (n: number) => {
					const { headcountPct, ftePct, regularPct } = scoreAssessment(hires(n), rules).pso30plus;
					return (
						(headcountPct ?? 0) >= 30 - 1e-9 && ftePct >= 30 - 1e-9 && (regularPct ?? 0) >= 6 - 1e-9
					);
				};
				expect(shares(entry.extraQualifyingPersons)).toBe(true);
				expect(shares(entry.extraQualifyingPersons - 1)).toBe(false);
			}),
			{ numRuns: 200 }
		);
	});
});
