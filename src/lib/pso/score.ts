// Public entry points of the scoring engine (contract §1): score an assessment, explain
// where its numbers come from (trace), and plan the next rung (contract §3.15).
// Pure: no clock, no I/O; the input must have passed `parseAssessment`.
import { DEFAULT_REFERENCE_SUPPLIER, type ReferenceSupplier } from './assessment-defaults';
import type { AssessmentInput } from './assessment-schema';
import { rungIndex } from './input-codes';
import { measureAssessment, type Measurement, type ScoreTrace } from './measure-assessment';
import {
	indirectFtePerEuro,
	solveExtraPurchaseAmount,
	solveExtraWeightedFte,
	solvePso30plus,
	type NextRungEntry,
	type Pso30plusEntry,
	type TredeEntry
} from './next-rung';
import { warningCodes, type NextRungTarget, type TredeTarget } from './result-codes';
import type { ScoredResult } from './result-schema';
import type { Ruleset } from './ruleset-schema';

export type { ScoreTrace } from './measure-assessment';
export type { NextRungEntry, TredeEntry, Pso30plusEntry } from './next-rung';

export interface ScoreOptions {
	/** Supplier profile for the purchase plan when there are no purchases (contract §3.15). */
	referenceSupplier?: ReferenceSupplier;
}

const tredeTargets: readonly TredeTarget[] = ['basistrede', 'trede-1', 'trede-2', 'trede-3'];

function referenceOf(options: ScoreOptions): ReferenceSupplier {
	return options.referenceSupplier ?? DEFAULT_REFERENCE_SUPPLIER;
}

function solveFor(
	measurement: Measurement,
	ruleset: Ruleset,
	target: NextRungTarget,
	options: ScoreOptions
): NextRungEntry | null {
	const { result, base } = measurement;
	// No plan for an organisation that is not eligible (contract §3.15).
	if (!result.eligible) return null;
	if (target === 'pso-30plus') {
		// §6.3: also when it already qualifies (0 hires); null without a headcount.
		const regularFifth = ruleset.pso30plus.conditions?.regularMinSharePct ?? null;
		return solvePso30plus(base, ruleset.pso30plus.minSharePct.value, regularFifth);
	}
	// No entry for a trede at or below the current quantitative rung; a basistrede entry
	// only from `none` and only where the basistrede has a (stated or modelled) norm (§6.2).
	if (rungIndex(result.quantitativeRung) >= rungIndex(target)) return null;
	if (target === 'basistrede' && result.norms.basistrede === null) return null;
	const purchase = solveExtraPurchaseAmount(
		base,
		ruleset,
		target,
		indirectFtePerEuro(base, referenceOf(options))
	);
	return {
		rung: target,
		extraWeightedFte: solveExtraWeightedFte(base, ruleset, target),
		extraPurchaseAmount: purchase.amount,
		extraPurchaseBlockedBy: purchase.blockedBy
	};
}

function assemble(measurement: Measurement, ruleset: Ruleset, options: ScoreOptions): ScoredResult {
	const nextRungs: NextRungEntry[] = [];
	for (const target of [...tredeTargets, 'pso-30plus'] as const) {
		const entry = solveFor(measurement, ruleset, target, options);
		if (entry !== null) nextRungs.push(entry);
	}
	const { warnings } = measurement;
	const usesReference = measurement.base.purchaseAmount === 0;
	const pricedWithReference = nextRungs.some(
		(entry) => entry.rung !== 'pso-30plus' && entry.extraPurchaseAmount !== null
	);
	if (usesReference && pricedWithReference) {
		warnings.add('reference-supplier-used');
	}
	const { lines, ...head } = measurement.result;
	return {
		...head,
		nextRungs,
		lines,
		warnings: warningCodes.filter((code) => warnings.has(code))
	};
}

/** Scores a validated assessment under `ruleset` (contract §3). */
export function scoreAssessment(
	input: AssessmentInput,
	ruleset: Ruleset,
	options: ScoreOptions = {}
): ScoredResult {
	return assemble(measureAssessment(input, ruleset, false), ruleset, options);
}

/** `scoreAssessment` plus the intermediate numbers the explanation shows. */
export function evaluateAssessment(
	input: AssessmentInput,
	ruleset: Ruleset,
	options: ScoreOptions = {}
): { result: ScoredResult; trace: ScoreTrace } {
	const measurement = measureAssessment(input, ruleset, true);
	const result = assemble(measurement, ruleset, options);
	const partial = measurement.trace;
	if (partial === null) throw new Error('trace requested but not collected');
	const reference = referenceOf(options);
	const fromPurchases = measurement.base.purchaseAmount > 0;
	const trace: ScoreTrace = {
		...partial,
		ftePerEuro: indirectFtePerEuro(measurement.base, reference),
		ftePerEuroFrom: fromPurchases ? 'purchases' : 'reference',
		referenceSupplier: reference
	};
	return { result, trace };
}

/**
 * One entry of the next-rung plan (contract §3.15): for a trede the extra weighted FTE and
 * the extra purchase amount, for `pso-30plus` the extra qualifying hires. Null when there
 * is nothing to plan: not eligible, already at or above the trede, already PSO 30+, or
 * (for PSO 30+) no headcount given.
 */
export function solveNextRung(
	input: AssessmentInput,
	ruleset: Ruleset,
	target: TredeTarget,
	options?: ScoreOptions
): TredeEntry | null;
export function solveNextRung(
	input: AssessmentInput,
	ruleset: Ruleset,
	target: 'pso-30plus',
	options?: ScoreOptions
): Pso30plusEntry | null;
export function solveNextRung(
	input: AssessmentInput,
	ruleset: Ruleset,
	target: NextRungTarget,
	options?: ScoreOptions
): NextRungEntry | null;
export function solveNextRung(
	input: AssessmentInput,
	ruleset: Ruleset,
	target: NextRungTarget,
	options: ScoreOptions = {}
): NextRungEntry | null {
	return solveFor(measureAssessment(input, ruleset, false), ruleset, target, options);
}
