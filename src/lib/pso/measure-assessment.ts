// Everything of a result except the next-rung plan (contract §3.1-3.14, §3.16), plus the
// totals the plan starts from and, on request, a trace for the explanation.
import {
	DEFAULT_FULLTIME_HOURS,
	DEFAULT_MONTHS_ACTIVE,
	type ReferenceSupplier
} from './assessment-defaults';
import type { AssessmentInput } from './assessment-schema';
import { aspirantOutcome } from './aspirant';
import { capFactor, contribution, purchaseIndirectFte } from './contribution';
import {
	qualitativeCriteria,
	type PurchaseKind,
	type QualitativeCriterion,
	type RungCode
} from './input-codes';
import { dayNumber, inclusiveDays } from './iso-date';
import { evaluateLines, type LineGroup, type NotCountedGroup } from './line-evaluation';
import type { PlanBase } from './next-rung';
import {
	basistredeUnknown,
	interpolatedNorms,
	normLookup,
	rungForTotal,
	sizeForTotalFte
} from './norms';
import { pso30plusOutcome } from './pso30plus';
import type { AssessmentResult } from './result-schema';
import type { IneligibleReasonCode, WarningCode } from './result-codes';
import type { Ruleset } from './ruleset-schema';
import { reaches } from './threshold';

export interface PurchaseTrace {
	supplier: string;
	kind: PurchaseKind;
	amount: number;
	supplierTurnover: number;
	supplierFte: number;
	supplierDirectPct: number;
	/** Indirect FTE of this purchase (contract §3.4). */
	fte: number;
}

/** Intermediate numbers of the scoring, for the explanation (never recomputed there). */
export interface ScoreTrace {
	periodDays: number;
	fulltimeHours: number;
	monthsActive: number;
	headcount: number | null;
	groups: LineGroup[];
	notCounted: NotCountedGroup[];
	purchases: PurchaseTrace[];
	capFactor: number;
	/** Tabled sizes around `size`: equal for a tabled size. */
	normSizes: { lower: number; upper: number };
	qualifyingPersons: number;
	qualifyingFte: number;
	/** Indirect FTE per euro used for the purchase plan, and where it came from. */
	ftePerEuro: number;
	ftePerEuroFrom: 'purchases' | 'reference';
	referenceSupplier: ReferenceSupplier;
}

export type MeasuredResult = Omit<AssessmentResult, 'nextRungs' | 'warnings'>;

export interface Measurement {
	result: MeasuredResult;
	warnings: Set<WarningCode>;
	base: PlanBase;
	trace: Omit<ScoreTrace, 'ftePerEuro' | 'ftePerEuroFrom' | 'referenceSupplier'> | null;
}

function qualitativeGaps(input: AssessmentInput): QualitativeCriterion[] {
	// An absent criterion is "unknown" (contract §2); every status but "met" is a gap.
	return qualitativeCriteria.filter((criterion) => input.qualitative?.[criterion] !== 'met');
}

export function measureAssessment(
	input: AssessmentInput,
	ruleset: Ruleset,
	collectTrace: boolean
): Measurement {
	const warnings = new Set<WarningCode>();
	const periodStart = dayNumber(input.period.start);
	const periodEnd = dayNumber(input.period.end);
	const periodDays = inclusiveDays(periodStart, periodEnd);
	const organisation = input.organisation;
	const fulltimeHours = organisation?.fulltimeHours ?? DEFAULT_FULLTIME_HOURS;
	const monthsActive = organisation?.monthsActive ?? DEFAULT_MONTHS_ACTIVE;
	const headcount = organisation?.headcount ?? null;
	const { totalFte } = input;
	if (periodDays < 365) warnings.add('period-shorter-than-year');

	// §3.1-3.2: lines.
	const lineTotals = evaluateLines(
		input.targetGroup ?? [],
		ruleset,
		{ periodStart, periodEnd, periodDays, fulltimeHours },
		collectTrace
	);
	const { flags } = lineTotals;
	if (flags.unconfirmedWeight) warnings.add('unconfirmed-weight');
	if (flags.positionNotInRuleset) warnings.add('position-not-in-ruleset');
	if (flags.unconfirmedWindow) warnings.add('unconfirmed-window');
	if (flags.unconfirmedRule) warnings.add('unconfirmed-rule');
	if (flags.wwMonthsMissing) warnings.add('ww-months-missing');
	if (flags.inflowAfterStart) warnings.add('inflow-after-start');

	// §3.4: purchases.
	const purchases = input.purchases ?? [];
	let indirectFte = 0;
	let purchaseAmount = 0;
	const purchaseTraces: PurchaseTrace[] = [];
	for (const purchase of purchases) {
		const fte = purchaseIndirectFte(purchase);
		indirectFte += fte;
		purchaseAmount += purchase.amount;
		if (collectTrace) purchaseTraces.push({ ...purchase, fte });
	}

	// §3.3-3.6: percentages and the cap.
	const factor = capFactor(ruleset);
	const numbers = contribution(lineTotals.weightedFte, totalFte, indirectFte, factor);
	if (numbers.capped) warnings.add('indirect-capped');
	if (indirectFte > 0 && !ruleset.indirect.maxShareOfTotal.confirmed) {
		warnings.add('unconfirmed-rule');
	}

	// §3.7: eligibility.
	const { minTotalFte, minMonthsActive } = ruleset.eligibility;
	const ineligibleReasons: IneligibleReasonCode[] = [];
	if (!reaches(totalFte, minTotalFte.value)) ineligibleReasons.push('fte-below-2');
	if (!reaches(monthsActive, minMonthsActive.value)) {
		ineligibleReasons.push('active-below-12-months');
	}
	const eligible = ineligibleReasons.length === 0;
	if (!minTotalFte.confirmed || !minMonthsActive.confirmed) warnings.add('unconfirmed-rule');

	// §3.8-3.11: size, norms, quantitative rung.
	const size = sizeForTotalFte(totalFte);
	const lookup = normLookup(ruleset, size);
	const headline = lookup.headline;
	const interpolated = interpolatedNorms(lookup, size);
	const totalPct = numbers.totalPct;
	const quantitativeRung: RungCode = eligible ? rungForTotal(totalPct, headline) : 'not-eligible';
	const rungIfInterpolated: RungCode = eligible
		? rungForTotal(totalPct, interpolated)
		: 'not-eligible';
	if (eligible) {
		if (!lookup.exact) warnings.add('norm-estimated');
		if (!headline.confirmed) warnings.add('unconfirmed-norm');
		if (basistredeUnknown(ruleset, totalPct, headline)) warnings.add('basistrede-norm-unknown');
	}

	// §3.12: qualitative criteria.
	const gaps = qualitativeGaps(input);
	const rung: RungCode = !eligible ? 'not-eligible' : gaps.length === 0 ? quantitativeRung : 'none';

	// §3.13-3.14.
	const aspirant = aspirantOutcome(eligible, rung, input.actionPlan);
	const minShare = ruleset.pso30plus.minSharePct;
	const pso30plus = pso30plusOutcome({
		rung,
		qualifyingPersons: lineTotals.qualifyingPersons,
		qualifyingFte: lineTotals.qualifyingFte,
		headcount,
		totalFte,
		minSharePct: minShare.value
	});
	if (rung === 'trede-3' && (flags.unconfirmedPso30plusRule || !minShare.confirmed)) {
		warnings.add('unconfirmed-rule');
	}
	if (headcount !== null && lineTotals.qualifyingPersons > headcount) {
		warnings.add('headcount-below-qualifying-persons');
	}

	const result: MeasuredResult = {
		format: 'pso-result/1',
		ruleset: ruleset.id,
		eligible,
		ineligibleReasons,
		totalFte,
		size,
		direct: { weightedFte: lineTotals.weightedFte, pct: numbers.directPct },
		indirect: {
			fte: indirectFte,
			pct: numbers.indirectPct,
			countedPct: numbers.countedIndirectPct,
			capped: numbers.capped
		},
		totalPct,
		norms: {
			size: headline.size,
			basistrede: headline.basistrede,
			trede1: headline.trede1,
			trede2: headline.trede2,
			trede3: headline.trede3,
			estimated: !lookup.exact,
			interpolated: {
				trede1: interpolated.trede1,
				trede2: interpolated.trede2,
				trede3: interpolated.trede3
			},
			rungIfInterpolated
		},
		quantitativeRung,
		rung,
		qualitativeGaps: gaps,
		aspirant,
		pso30plus,
		lines: lineTotals.lines
	};

	const base: PlanBase = {
		weightedFte: lineTotals.weightedFte,
		totalFte,
		indirectFte,
		purchaseAmount,
		capFactor: factor,
		qualifyingPersons: lineTotals.qualifyingPersons,
		qualifyingFte: lineTotals.qualifyingFte,
		headcount
	};

	const lineTrace = lineTotals.trace;
	const trace =
		lineTrace === null
			? null
			: {
					periodDays,
					fulltimeHours,
					monthsActive,
					headcount,
					groups: lineTrace.groups,
					notCounted: lineTrace.notCounted,
					purchases: purchaseTraces,
					capFactor: factor,
					normSizes: { lower: headline.size, upper: lookup.upper.size },
					qualifyingPersons: lineTotals.qualifyingPersons,
					qualifyingFte: lineTotals.qualifyingFte
				};

	return { result, warnings, base, trace };
}
