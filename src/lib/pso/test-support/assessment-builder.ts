// Small builders for tests: a valid assessment with sensible defaults (the full year
// 2025, 50 FTE, all qualitative criteria met) that each test overrides where it matters.
import type { AssessmentInput, TargetGroupLine } from '../assessment-schema';
import { getRuleset } from '../ruleset-registry';
import type { Ruleset } from '../ruleset-schema';

export const shippedIds = ['1.6', '1.7', '1.9', '2.1'] as const;
export type ShippedId = (typeof shippedIds)[number];

export function ruleset(id: ShippedId = '2.1'): Ruleset {
	const found = getRuleset(id);
	if (found === null) throw new Error(`missing shipped ruleset ${id}`);
	return found;
}

let counter = 0;

export function line(overrides: Partial<TargetGroupLine> = {}): TargetGroupLine {
	counter++;
	return {
		id: `tg-${counter}`,
		position: 'wajong',
		contract: 'regular',
		hoursPerWeek: 40,
		start: '2020-01-01',
		end: null,
		...overrides
	};
}

export function assessment(overrides: Partial<AssessmentInput> = {}): AssessmentInput {
	return {
		format: 'pso-assessment/1',
		period: { start: '2025-01-01', end: '2025-12-31' },
		organisation: { monthsActive: 36 },
		totalFte: 50,
		targetGroup: [],
		purchases: [],
		qualitative: { suitableWork: 'met', integration: 'met', development: 'met', guidance: 'met' },
		...overrides
	};
}

/** A purchase whose indirect FTE is `fte` (turnover 1,000,000, 100 supplier FTE, 100 %). */
export function purchaseForFte(fte: number) {
	return {
		supplier: 'Leverancier BV',
		kind: 'pso-certified' as const,
		amount: fte * 10_000,
		supplierTurnover: 1_000_000,
		supplierFte: 100,
		supplierDirectPct: 100
	};
}
