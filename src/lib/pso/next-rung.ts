// Next-rung plan (contract §3.15, with §6.2-6.4: a basistrede entry, the 30+ regular fifth
// and the reason a purchase cannot reach a rung). Works on the totals of a scored assessment only: a new
// hire or purchase changes the totals, never the existing lines, so nothing is rescored.
// Each answer is the smallest integer step (0.01 FTE, €1, one person) that passes the same
// `reaches` test the scoring uses: an exponential search brackets it, bisection pins it.
import type { ReferenceSupplier } from './assessment-defaults';
import { totalPctOf } from './contribution';
import { normLookup, sizeForTotalFte, targetNorm } from './norms';
import type { PurchaseBlocker, TredeTarget } from './result-codes';
import type { Ruleset } from './ruleset-schema';
import { reaches } from './threshold';

export interface TredeEntry {
	rung: TredeTarget;
	/** Smallest multiple of 0.01 FTE at weight 1; null if no amount reaches it (a norm at 100 %). */
	extraWeightedFte: number | null;
	/** Smallest whole-euro purchase; null when even an unlimited amount cannot reach it. */
	extraPurchaseAmount: number | null;
	/** Why `extraPurchaseAmount` is null (contract §6.4); null when it is a number. */
	extraPurchaseBlockedBy: PurchaseBlocker | null;
}

export interface Pso30plusEntry {
	rung: 'pso-30plus';
	extraQualifyingPersons: number;
	extraQualifyingFte: number;
}

export type NextRungEntry = TredeEntry | Pso30plusEntry;

/** The totals the plan starts from. */
export interface PlanBase {
	weightedFte: number;
	totalFte: number;
	indirectFte: number;
	purchaseAmount: number;
	capFactor: number;
	qualifyingPersons: number;
	/** Qualifying persons on a regular or supported contract (contract §6.3). */
	regularPersons: number;
	qualifyingFte: number;
	headcount: number | null;
}

/** More steps than this (hundredths of FTE, euros or persons) count as unreachable. */
const MAX_STEPS = 1e15;

/**
 * Smallest integer k in [0, MAX_STEPS] with `feasible(k)`, assuming feasibility does not
 * flip back once reached (true for our functions; see docs/scoring.md "Solver"). `guess`
 * is a closed-form estimate: usually it and guess - 1 settle the answer in two calls.
 */
export function smallestFeasible(feasible: (k: number) => boolean, guess = 1): number | null {
	if (feasible(0)) return 0;
	let low = 0; // infeasible
	let high = Math.max(1, Math.ceil(Number.isFinite(guess) ? guess : 1));
	if (high > MAX_STEPS) high = MAX_STEPS;
	if (feasible(high)) {
		if (!feasible(high - 1)) return high;
	} else {
		do {
			if (high >= MAX_STEPS) return null;
			low = high;
			high = Math.min(MAX_STEPS, high * 2);
		} while (!feasible(high));
	}
	while (high - low > 1) {
		const middle = Math.floor((low + high) / 2);
		if (feasible(middle)) high = middle;
		else low = middle;
	}
	return high;
}

/**
 * (a) Extra weighted FTE: a hire at weight 1 added to the numerator and to totalFte, which
 * may move the size and so the headline norm (contract §3.15 a).
 */
export function solveExtraWeightedFte(
	base: PlanBase,
	ruleset: Ruleset,
	target: TredeTarget
): number | null {
	const { weightedFte, totalFte, indirectFte, capFactor } = base;
	const current = headlineNorm(ruleset, totalFte, target);
	if (current === null) return null;
	const feasible = (hundredths: number): boolean => {
		const extra = hundredths / 100;
		const total = totalFte + extra;
		const norm = headlineNorm(ruleset, total, target);
		if (norm === null) return false;
		return reaches(totalPctOf(weightedFte + extra, total, indirectFte, capFactor), norm);
	};
	// Closed form at the current size, ignoring the cap: (W + x) / (T + x) = norm / 100.
	const norm = current / 100;
	const guess = norm < 1 ? ((norm * totalFte - weightedFte) / (1 - norm)) * 100 : 1;
	const steps = smallestFeasible(feasible, guess);
	return steps === null ? null : steps / 100;
}

/** The headline norm (§3.9) of `target` at `totalFte`, the modelled basistrede included (§6.2). */
function headlineNorm(ruleset: Ruleset, totalFte: number, target: TredeTarget): number | null {
	return targetNorm(normLookup(ruleset, sizeForTotalFte(totalFte)).headlineNorms, target);
}

/** Indirect FTE per euro of the current purchases, or of the reference supplier without any. */
export function indirectFtePerEuro(base: PlanBase, reference: ReferenceSupplier): number {
	const rate =
		base.purchaseAmount > 0
			? base.indirectFte / base.purchaseAmount
			: reference.directPct / 100 / reference.turnoverPerFte;
	// A nonsensical reference profile (0 turnover, negative share) yields "no FTE per euro".
	return Number.isFinite(rate) && rate > 0 ? rate : 0;
}

export interface PurchasePlan {
	amount: number | null;
	blockedBy: PurchaseBlocker | null;
}

/**
 * (b) Extra purchase amount at the current size, within the cap (contract §3.15 b), and
 * why there is none (§6.4): "cap" when the norm exceeds (1 + factor) × direct, else
 * "no-yield" when the purchase profile yields no FTE per euro; "cap" when both hold.
 */
export function solveExtraPurchaseAmount(
	base: PlanBase,
	ruleset: Ruleset,
	target: TredeTarget,
	ftePerEuro: number
): PurchasePlan {
	const { weightedFte, totalFte, indirectFte, capFactor } = base;
	const norm = headlineNorm(ruleset, totalFte, target);
	if (norm === null) return { amount: null, blockedBy: null };
	const direct = (100 * weightedFte) / totalFte;
	// Without an amount that lifts the total over the norm inside the cap, say so instead of
	// searching: the cap allows at most (1 + factor) × direct.
	const neededIndirectPct = norm - direct;
	if (!reaches(direct + capFactor * direct, norm) || neededIndirectPct >= 100) {
		return { amount: null, blockedBy: 'cap' };
	}
	if (!(ftePerEuro > 0)) return { amount: null, blockedBy: 'no-yield' };
	const feasible = (euros: number): boolean =>
		reaches(totalPctOf(weightedFte, totalFte, indirectFte + euros * ftePerEuro, capFactor), norm);
	// Closed form: 100 I / (T + I) = p  ⇔  I = p T / (100 - p).
	const neededFte = (neededIndirectPct * totalFte) / (100 - neededIndirectPct);
	const amount = smallestFeasible(feasible, (neededFte - indirectFte) / ftePerEuro);
	// More euros than the search allows: the profile yields too little to count.
	return amount === null ? { amount, blockedBy: 'no-yield' } : { amount, blockedBy: null };
}

/**
 * PSO 30+: fewest full-time, regular, qualifying hires (each +1 headcount, +1 qualifying
 * and regular person, +1 qualifying FTE, +1 weighted FTE, +1 totalFte) after which both
 * shares reach the minimum and, from 1.7, the regular fifth too (contract §3.15, §6.3,
 * §6.6 item 4). 0 when they already do. Null without a headcount.
 */
export function solvePso30plus(
	base: PlanBase,
	minSharePct: number,
	regularMinSharePct: number | null
): Pso30plusEntry | null {
	const { headcount, qualifyingPersons, regularPersons, qualifyingFte, totalFte } = base;
	if (headcount === null) return null;
	const share = minSharePct / 100;
	const regularOk = (hires: number): boolean =>
		regularMinSharePct === null ||
		reaches((100 * (regularPersons + hires)) / (headcount + hires), regularMinSharePct);
	const feasible = (hires: number): boolean =>
		reaches((100 * (qualifyingPersons + hires)) / (headcount + hires), minSharePct) &&
		reaches((100 * (qualifyingFte + hires)) / (totalFte + hires), minSharePct) &&
		regularOk(hires);
	// Closed form: (q + n) / (h + n) = s  ⇔  n = (s h - q) / (1 - s), for both measures.
	const guess =
		share < 1
			? Math.max(share * headcount - qualifyingPersons, share * totalFte - qualifyingFte) /
				(1 - share)
			: 1;
	const hires = smallestFeasible(feasible, guess);
	if (hires === null) return null;
	return { rung: 'pso-30plus', extraQualifyingPersons: hires, extraQualifyingFte: hires };
}
