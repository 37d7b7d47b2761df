// Invariants of the scoring over generated assessments (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentInput } from './assessment-schema';
import { parseAssessment } from './assessment-schema';
import { explainResult } from './explain';
import { rungIndex } from './input-codes';
import { resultSchema } from './result-schema';
import { scoreAssessment } from './score';
import { assessmentArbitrary, lineArbitrary, purchaseArbitrary } from './test-support/arbitraries';
import { line, ruleset, shippedIds } from './test-support/assessment-builder';

const rulesets = fc.constantFrom(...shippedIds).map((id) => ruleset(id));

describe('scoring invariants', () => {
	it('generated inputs are valid assessments', () => {
		fc.assert(
			fc.property(assessmentArbitrary, (input) => {
				expect(parseAssessment(input).ok).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});

	it('recognising someone in the workforce as target group never lowers direct %', () => {
		fc.assert(
			fc.property(assessmentArbitrary, lineArbitrary, rulesets, (input, extra, rules) => {
				// The person is already in totalFte either way; only the line is added.
				const workforce = { ...input, totalFte: input.totalFte + extra.hoursPerWeek / 40 };
				const recognised: AssessmentInput = {
					...workforce,
					targetGroup: [...(input.targetGroup ?? []), { ...extra, id: 'extra' }]
				};
				const before = scoreAssessment(workforce, rules).direct.pct;
				expect(scoreAssessment(recognised, rules).direct.pct).toBeGreaterThanOrEqual(before);
			})
		);
	});

	it('hiring at weight 1 (numerator and totalFte) never lowers direct %', () => {
		fc.assert(
			fc.property(
				assessmentArbitrary,
				fc.double({ min: 0.01, max: 5, noNaN: true }),
				rulesets,
				(input, fte, rules) => {
					const before = scoreAssessment(input, rules).direct.pct;
					const hired: AssessmentInput = {
						...input,
						totalFte: input.totalFte + fte,
						targetGroup: [
							...(input.targetGroup ?? []),
							line({ id: 'hire', hoursPerWeek: fte * 40, start: '2025-01-01' })
						]
					};
					expect(scoreAssessment(hired, rules).direct.pct).toBeGreaterThanOrEqual(before - 1e-12);
				}
			)
		);
	});

	it('counted indirect is at most 4 × direct, and total = direct + counted indirect', () => {
		fc.assert(
			fc.property(assessmentArbitrary, rulesets, (input, rules) => {
				const result = scoreAssessment(input, rules);
				expect(result.indirect.countedPct).toBeLessThanOrEqual(4 * result.direct.pct + 1e-12);
				expect(result.indirect.countedPct).toBeLessThanOrEqual(result.indirect.pct);
				expect(result.totalPct).toBeCloseTo(result.direct.pct + result.indirect.countedPct, 12);
				// Version 2 (§6.4): capped only beyond the 1e-9 tolerance.
				expect(result.indirect.capped).toBe(result.indirect.pct > 4 * result.direct.pct + 1e-9);
			})
		);
	});

	it('more purchases never lower the quantitative rung', () => {
		fc.assert(
			fc.property(assessmentArbitrary, purchaseArbitrary, rulesets, (input, purchase, rules) => {
				const before = scoreAssessment(input, rules);
				const after = scoreAssessment(
					{ ...input, purchases: [...(input.purchases ?? []), purchase] },
					rules
				);
				expect(after.totalPct).toBeGreaterThanOrEqual(before.totalPct - 1e-12);
				expect(rungIndex(after.quantitativeRung)).toBeGreaterThanOrEqual(
					rungIndex(before.quantitativeRung)
				);
			})
		);
	});

	it('every result matches the result schema and can be explained in both languages', () => {
		fc.assert(
			fc.property(assessmentArbitrary, rulesets, (input, rules) => {
				const result = scoreAssessment(input, rules);
				expect(resultSchema.safeParse(result).success).toBe(true);
				expect(result.lines).toHaveLength(input.targetGroup?.length ?? 0);
				for (const lang of ['nl', 'en'] as const) {
					const steps = explainResult(input, rules, result, lang);
					expect(
						steps.every((step) => step.text.length > 0 && !step.text.includes('undefined'))
					).toBe(true);
					expect(steps.some((step) => step.text.includes('NaN'))).toBe(false);
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('the rung range is ordered: atLeast ≤ likely ≤ atMost (contract §6.1)', () => {
		fc.assert(
			fc.property(assessmentArbitrary, rulesets, (input, rules) => {
				const { rungRange, quantitativeRung, likelyRung, rung } = scoreAssessment(input, rules);
				expect(rungIndex(rungRange.atLeast)).toBeLessThanOrEqual(rungIndex(rungRange.likely));
				expect(rungIndex(rungRange.likely)).toBeLessThanOrEqual(rungIndex(rungRange.atMost));
				expect(quantitativeRung).toBe(rungRange.atLeast);
				expect(rungIndex(likelyRung)).toBeGreaterThanOrEqual(rungIndex(rung));
			}),
			{ numRuns: 300 }
		);
	});

	it('scoring is deterministic and does not change its input', () => {
		fc.assert(
			fc.property(assessmentArbitrary, rulesets, (input, rules) => {
				const copy = structuredClone(input);
				const first = scoreAssessment(input, rules);
				expect(scoreAssessment(input, rules)).toEqual(first);
				expect(input).toEqual(copy);
			}),
			{ numRuns: 100 }
		);
	});
});
