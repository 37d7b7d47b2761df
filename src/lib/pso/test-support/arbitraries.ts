// fast-check generators of valid assessments for property tests.
import fc from 'fast-check';
import type { AssessmentInput, Purchase, TargetGroupLine } from '../assessment-schema';
import { contractCodes, positionCodes } from '../input-codes';
import { assessment } from './assessment-builder';

const dates = fc
	.integer({ min: 0, max: 365 * 8 })
	.map((offset) => new Date(Date.UTC(2019, 0, 1 + offset)).toISOString().slice(0, 10));

export const lineArbitrary: fc.Arbitrary<Omit<TargetGroupLine, 'id'>> = fc
	.record({
		position: fc.constantFrom(...positionCodes),
		contract: fc.constantFrom(...contractCodes),
		hoursPerWeek: fc.double({ min: 0, max: 40, noNaN: true }),
		start: dates,
		end: fc.option(dates, { nil: null }),
		wwMonths: fc.option(fc.integer({ min: 0, max: 24 }), { nil: undefined }),
		furtherIndication: fc.boolean(),
		durable: fc.boolean()
	})
	.map((line) =>
		line.end !== null && line.end < line.start ? { ...line, end: line.start } : line
	);

export const purchaseArbitrary: fc.Arbitrary<Purchase> = fc.record({
	supplier: fc.constant('Leverancier'),
	kind: fc.constantFrom('pso-certified' as const, 'sw-company' as const),
	amount: fc.double({ min: 100, max: 500_000, noNaN: true }),
	supplierTurnover: fc.double({ min: 500_000, max: 20_000_000, noNaN: true }),
	supplierFte: fc.double({ min: 1, max: 200, noNaN: true }),
	supplierDirectPct: fc.double({ min: 0, max: 100, noNaN: true })
});

/**
 * A valid assessment for the year 2025: lines may lie partly outside it; `totalFte` is
 * the lines' full-time equivalent plus some other staff, so it passes the totalFte check.
 */
export const assessmentArbitrary: fc.Arbitrary<AssessmentInput> = fc
	.record({
		lines: fc.array(lineArbitrary, { maxLength: 6 }),
		otherStaff: fc.double({ min: 0, max: 120, noNaN: true }),
		purchases: fc.array(purchaseArbitrary, { maxLength: 2 }),
		headcount: fc.option(fc.integer({ min: 1, max: 150 }), { nil: undefined })
	})
	.map(({ lines, otherStaff, purchases, headcount }) => {
		const targetGroup = lines.map((line, index) => ({ ...line, id: `p-${index}` }));
		const linesFte = targetGroup.reduce((sum, line) => sum + line.hoursPerWeek / 40, 0);
		return assessment({
			totalFte: Math.max(2, linesFte + otherStaff),
			organisation:
				headcount === undefined ? { monthsActive: 24 } : { monthsActive: 24, headcount },
			targetGroup,
			purchases
		});
	});

/**
 * An assessment built around a chosen direct share (0.2-40 %) of full-year Wajong staff,
 * with or without purchases: the solver's interesting region, with few rejections.
 */
export const solverAssessmentArbitrary: fc.Arbitrary<AssessmentInput> = fc
	.record({
		totalFte: fc.double({ min: 2, max: 150, noNaN: true }),
		directShare: fc.double({ min: 0.002, max: 0.4, noNaN: true }),
		purchases: fc.array(purchaseArbitrary, { maxLength: 2 }),
		headcount: fc.option(fc.integer({ min: 2, max: 200 }), { nil: undefined })
	})
	.map(({ totalFte, directShare, purchases, headcount }) => {
		const weighted = totalFte * directShare;
		const whole = Math.floor(weighted);
		const targetGroup: TargetGroupLine[] = Array.from({ length: whole }, (_, index) => ({
			id: `p-${index}`,
			position: 'wajong' as const,
			contract: 'regular' as const,
			hoursPerWeek: 40,
			start: '2020-01-01',
			end: null
		}));
		const rest = weighted - whole;
		if (rest > 0) {
			targetGroup.push({
				id: 'p-rest',
				position: 'wajong',
				contract: 'regular',
				hoursPerWeek: rest * 40,
				start: '2020-01-01',
				end: null
			});
		}
		return assessment({
			totalFte,
			organisation:
				headcount === undefined ? { monthsActive: 24 } : { monthsActive: 24, headcount },
			targetGroup,
			purchases
		});
	});
