// Direct, indirect, cap and total (contract §3.3-3.6). Shared by the scoring and the
// next-rung solver, so both compute exactly the same numbers.
import type { Ruleset } from './ruleset-schema';
import { COMPARISON_TOLERANCE } from './threshold';

export interface Contribution {
	directPct: number;
	indirectPct: number;
	countedIndirectPct: number;
	capped: boolean;
	totalPct: number;
}

/**
 * Counted indirect may be at most `factor` × direct: a share s of the total gives
 * s / (1 - s), i.e. 4 for 80 % (contract §3.5). Rounded to 12 digits so that 0.8 yields
 * exactly 4, not 4.000000000000001.
 */
export function capFactor(ruleset: Ruleset): number {
	const share = ruleset.indirect.maxShareOfTotal.value;
	return Math.round((share / (1 - share)) * 1e12) / 1e12;
}

/** Contract §3.4: indirect FTE of one purchase. */
export function purchaseIndirectFte(purchase: {
	amount: number;
	supplierTurnover: number;
	supplierFte: number;
	supplierDirectPct: number;
}): number {
	return (
		(purchase.amount / purchase.supplierTurnover) *
		purchase.supplierFte *
		(purchase.supplierDirectPct / 100)
	);
}

export function directPct(weightedFte: number, totalFte: number): number {
	return (100 * weightedFte) / totalFte;
}

export function indirectPct(indirectFte: number, totalFte: number): number {
	return indirectFte > 0 ? (100 * indirectFte) / (totalFte + indirectFte) : 0;
}

export function contribution(
	weightedFte: number,
	totalFte: number,
	indirectFte: number,
	factor: number
): Contribution {
	const direct = directPct(weightedFte, totalFte);
	const indirect = indirectPct(indirectFte, totalFte);
	const limit = factor * direct;
	const counted = Math.min(indirect, limit);
	return {
		directPct: direct,
		indirectPct: indirect,
		countedIndirectPct: counted,
		// Contract §6.4: capped only when the cap changes the number by more than the tolerance.
		capped: indirect > limit + COMPARISON_TOLERANCE,
		totalPct: direct + counted
	};
}

/** `contribution(...).totalPct` without allocating, for the solver's loops. */
export function totalPctOf(
	weightedFte: number,
	totalFte: number,
	indirectFte: number,
	factor: number
): number {
	const direct = directPct(weightedFte, totalFte);
	return direct + Math.min(indirectPct(indirectFte, totalFte), factor * direct);
}
