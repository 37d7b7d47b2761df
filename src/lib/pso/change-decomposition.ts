// Why did the total % change between two assessments? A decomposition of the change into
// drivers whose parts add up to the whole change, with no unexplained residual.
// Pure: no clock, no I/O; both inputs must have passed `parseAssessment`.
//
// Method: sequential substitution (also called chain-linking or "shift-share" in its
// simplest form). Total % is a function of four quantities (contract §3.3-3.6):
//
//   total = f(W, T, I; c)  with  direct = 100·W/T,  indirect = 100·I/(T+I),
//                                total  = direct + min(indirect, c·direct)
//
// W = Σ weighted FTE of the target-group lines (depends on the lines, the period and the
// ruleset's weights and counting windows), T = totalFte, I = Σ indirect FTE of the
// purchases, c = the ruleset's cap factor. Starting from A, we swap in B's values one
// driver at a time, in this fixed order, and each part is the change of total % that
// one swap causes:
//
//   1. ruleset      A's inputs re-scored under B's ruleset: W_A→W_A(rules B), c_A→c_B
//   2. weightedFte  W_A(rules B) → W_B   (lines added, removed or changed; the period)
//   3. totalFte     T_A → T_B            (the organisation's size)
//   4. indirect     I_A → I_B            (purchases)
//
// The parts telescope: (x1-x0)+(x2-x1)+(x3-x2)+(x4-x3) = x4-x0, so they add up to the
// whole change by construction (up to floating-point rounding, ~1e-13; for display,
// `roundDecomposition` makes the shown parts add up exactly to the shown change).
//
// The order matters: total % is not additive in its drivers (W/T is a ratio and the cap
// is a minimum), so an interaction — e.g. more weighted FTE AND more total FTE — is
// credited to whichever driver is swapped later. We chose this order because:
// - the ruleset first: it is a change of measuring stick, not of the organisation.
//   Evaluated at A's inputs it answers "what would last year's workforce score under this
//   year's rules?", and then every organisational driver is measured under B's rules,
//   the rules B's own result is scored with.
// - weighted FTE before total FTE: the numerator is what the organisation steers
//   directly (hiring, keeping people in their counting window); the size effect is then
//   measured at the new numerator, so it reads as "dilution by growth".
// - indirect last: the cap depends on direct %, so purchases are valued against the final
//   direct % — whatever the cap cuts off shows under purchases, where it is caused.
//   (A change of direct % that loosens or tightens a binding cap moves the counted
//   indirect too; that effect stays with the direct driver that caused it.)
//
// Norm changes move the rung, not the %: they are reported beside the parts as a norm
// shift (A's ruleset's norms vs B's at A's size and at B's size), with the rung B's total
// would have had under A's norms. See docs/history.md.
import type { AssessmentInput } from './assessment-schema';
import { capFactor, contribution } from './contribution';
import type { RungCode } from './input-codes';
import { normLookup, rungForTotal, type NormSet } from './norms';
import type { AssessmentResult } from './result-schema';
import { countDifferingNormSizes } from './ruleset-impact';
import type { Ruleset } from './ruleset-schema';
import { scoreAssessment } from './score';

/** The drivers, in the order they are substituted (see the header). */
export const changeDrivers = ['ruleset', 'weightedFte', 'totalFte', 'indirect'] as const;
export type ChangeDriver = (typeof changeDrivers)[number];

/** The quantities total % is computed from, and what they give. */
export interface ContributionState {
	weightedFte: number;
	totalFte: number;
	indirectFte: number;
	capFactor: number;
	directPct: number;
	countedIndirectPct: number;
	totalPct: number;
}

export interface ChangePart {
	driver: ChangeDriver;
	before: ContributionState;
	after: ContributionState;
	/** after.totalPct − before.totalPct, in percentage points. */
	delta: number;
}

export interface NormsAt {
	/** The tabled size whose norms apply (contract §3.9). */
	tabledSize: number;
	estimated: boolean;
	norms: NormSet;
}

export interface NormShiftRow {
	size: number;
	underA: NormsAt;
	underB: NormsAt;
	differs: boolean;
}

export interface NormShift {
	/** Norms at A's size and (when different) at B's size, under each ruleset. */
	rows: NormShiftRow[];
	/** Sizes 2..105 whose headline norms differ between the two rulesets. */
	differingSizes: number;
	/** A's quantitative rung, B's total under A's norms at B's size, B's quantitative rung. */
	rungs: { from: RungCode; toUnderNormsOfA: RungCode; to: RungCode };
}

export interface ChangeDecomposition {
	from: ContributionState;
	to: ContributionState;
	/** to.totalPct − from.totalPct. */
	change: number;
	parts: ChangePart[];
	normShift: NormShift;
	/** The engine's results the decomposition is built on (scored once, reused by callers). */
	results: { a: AssessmentResult; b: AssessmentResult; aUnderRulesetB: AssessmentResult };
}

export interface DecompositionSide {
	input: AssessmentInput;
	ruleset: Ruleset;
}

function stateOf(
	weightedFte: number,
	totalFte: number,
	indirectFte: number,
	factor: number
): ContributionState {
	// The very function the engine uses (contract §3.3-3.6), so the end points are the
	// engine's own totals, bit for bit.
	const c = contribution(weightedFte, totalFte, indirectFte, factor);
	return {
		weightedFte,
		totalFte,
		indirectFte,
		capFactor: factor,
		directPct: c.directPct,
		countedIndirectPct: c.countedIndirectPct,
		totalPct: c.totalPct
	};
}

function normsAt(ruleset: Ruleset, size: number): NormsAt {
	const lookup = normLookup(ruleset, size);
	// The norms the result used, the modelled basistrede included (§6.2).
	const { basistrede, trede1, trede2, trede3 } = lookup.headlineNorms;
	return {
		tabledSize: lookup.headline.size,
		estimated: !lookup.exact,
		norms: { basistrede, trede1, trede2, trede3 }
	};
}

function sameNorms(a: NormSet, b: NormSet): boolean {
	return (
		a.basistrede === b.basistrede &&
		a.trede1 === b.trede1 &&
		a.trede2 === b.trede2 &&
		a.trede3 === b.trede3
	);
}

/** Norms move the rung, not the %: A's norms vs B's, and B's total judged by A's norms. */
export function normShift(
	rulesetA: Ruleset,
	rulesetB: Ruleset,
	resultA: AssessmentResult,
	resultB: AssessmentResult
): NormShift {
	const sizes = [...new Set([resultA.size, resultB.size])];
	const rows = sizes.map((size) => {
		const underA = normsAt(rulesetA, size);
		const underB = normsAt(rulesetB, size);
		return { size, underA, underB, differs: !sameNorms(underA.norms, underB.norms) };
	});
	const differingSizes = countDifferingNormSizes(rulesetA, rulesetB);
	const toUnderNormsOfA: RungCode = resultB.eligible
		? rungForTotal(resultB.totalPct, normsAt(rulesetA, resultB.size).norms)
		: 'not-eligible';
	return {
		rows,
		differingSizes,
		rungs: { from: resultA.quantitativeRung, toUnderNormsOfA, to: resultB.quantitativeRung }
	};
}

/** Whether every quantity of the state is a finite number. */
function isFiniteState(state: ContributionState): boolean {
	return Object.values(state).every(Number.isFinite);
}

/**
 * Decomposes the change of total % from A to B (see the header for the method). Null when
 * a quantity on either side is not a finite number (inputs beyond what the engine can
 * compute, e.g. data stored before the input limits): parts of NaN would mean nothing.
 */
export function decomposeChange(
	a: DecompositionSide,
	b: DecompositionSide
): ChangeDecomposition | null {
	const resultA = scoreAssessment(a.input, a.ruleset);
	const resultB = scoreAssessment(b.input, b.ruleset);
	// The same ruleset scores A the same way again; skip the work.
	const aUnderRulesetB = a.ruleset === b.ruleset ? resultA : scoreAssessment(a.input, b.ruleset);
	const capA = capFactor(a.ruleset);
	const capB = capFactor(b.ruleset);

	const x0 = stateOf(resultA.direct.weightedFte, resultA.totalFte, resultA.indirect.fte, capA);
	const x1 = stateOf(
		aUnderRulesetB.direct.weightedFte,
		resultA.totalFte,
		resultA.indirect.fte,
		capB
	);
	const x2 = stateOf(resultB.direct.weightedFte, resultA.totalFte, resultA.indirect.fte, capB);
	const x3 = stateOf(resultB.direct.weightedFte, resultB.totalFte, resultA.indirect.fte, capB);
	const x4 = stateOf(resultB.direct.weightedFte, resultB.totalFte, resultB.indirect.fte, capB);
	const chain = [x0, x1, x2, x3, x4];
	if (!chain.every(isFiniteState)) return null;

	const parts: ChangePart[] = changeDrivers.map((driver, index) => {
		const before = chain[index]!;
		const after = chain[index + 1]!;
		return { driver, before, after, delta: after.totalPct - before.totalPct };
	});
	return {
		from: x0,
		to: x4,
		change: x4.totalPct - x0.totalPct,
		parts,
		normShift: normShift(a.ruleset, b.ruleset, resultA, resultB),
		results: { a: resultA, b: resultB, aUnderRulesetB }
	};
}

/** Round half away from zero, without a negative zero. */
function roundUnits(value: number): number {
	const rounded = Math.sign(value) * Math.round(Math.abs(value));
	return rounded === 0 ? 0 : rounded;
}

export interface RoundedDecomposition {
	/** Whole units of 10^-decimals percentage points (1 = 0.01 pp for 2 decimals). */
	fromUnits: number;
	toUnits: number;
	changeUnits: number;
	partUnits: number[];
	/** The same, as numbers with `decimals` decimals, for display. */
	from: number;
	to: number;
	change: number;
	parts: number[];
}

/**
 * Rounds for display so that what is shown adds up exactly: shown from + Σ shown parts =
 * shown to. Each part is rounded, then the few units of rounding difference go to the
 * parts whose rounding moved them furthest the other way (largest remainder). A part that
 * is exactly zero stays zero, so an isolated driver shows as the only one that moved.
 */
export function roundDecomposition(
	d: Pick<ChangeDecomposition, 'from' | 'to' | 'parts'>,
	decimals = 2
): RoundedDecomposition {
	const scale = 10 ** decimals;
	const finite = [d.from.totalPct, d.to.totalPct, ...d.parts.map((p) => p.delta)].every(
		Number.isFinite
	);
	if (!finite) throw new RangeError('roundDecomposition needs finite totals and parts');
	const fromUnits = roundUnits(d.from.totalPct * scale);
	const toUnits = roundUnits(d.to.totalPct * scale);
	const changeUnits = toUnits - fromUnits;
	const exact = d.parts.map((p) => p.delta * scale);
	const partUnits = exact.map(roundUnits);
	let missing = changeUnits - partUnits.reduce((sum, u) => sum + u, 0);
	const movable = exact.map((u, i) => (u !== 0 ? i : -1)).filter((i) => i >= 0);
	const candidates = movable.length > 0 ? movable : exact.map((_, i) => i);
	// Each rounding is off by at most half a unit, so the difference is at most about
	// (parts + 2) / 2 units: the bound only matters for sums too large to be exact.
	for (let round = 0; missing !== 0 && candidates.length > 0 && round <= exact.length; round++) {
		const step = Math.sign(missing);
		let best = candidates[0]!;
		for (const i of candidates) {
			if (step * (exact[i]! - partUnits[i]!) > step * (exact[best]! - partUnits[best]!)) best = i;
		}
		partUnits[best] = partUnits[best]! + step;
		missing -= step;
	}
	return {
		fromUnits,
		toUnits,
		changeUnits,
		partUnits,
		from: fromUnits / scale,
		to: toUnits / scale,
		change: changeUnits / scale,
		parts: partUnits.map((u) => u / scale)
	};
}
