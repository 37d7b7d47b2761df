// Everything of a result except the next-rung plan (contract §3.1-3.14, §3.16, and the
// version-2 additions of §6.1-6.4), plus the totals the plan starts from and, on request,
// a trace for the explanation.
import {
	DEFAULT_FULLTIME_HOURS,
	DEFAULT_MONTHS_ACTIVE,
	type ReferenceSupplier
} from './assessment-defaults';
import type { AssessmentInput } from './assessment-schema';
import { aspirantOutcome } from './aspirant';
import { capFactor, contribution, purchaseIndirectFte } from './contribution';
// §6.4: one rule for "voldaan" without evidence, shared with every page that shows it.
import { evidenceMissing } from './evidence-gaps';
import {
	qualitativeCriteria,
	type PurchaseKind,
	type QualitativeCriterion,
	type RungCode
} from './input-codes';
import { addMonths, dayNumber, inclusiveDays } from './iso-date';
import { evaluateLines, type LineGroup, type NotCountedGroup } from './line-evaluation';
import type { PlanBase } from './next-rung';
import {
	basistredeUnknown,
	normLookup,
	rungRangeForTotal,
	sizeForTotalFte,
	type RungRange
} from './norms';
import { pso30plusOutcome, type QualifyingConditions } from './pso30plus';
import type { ScoredResult } from './result-schema';
import type { IneligibleReasonCode, WarningCode } from './result-codes';
import type { Ruleset } from './ruleset-schema';

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
	regularPersons: number;
	qualifyingFte: number;
	/** Which inputs were left out and took their default (texts say "(standaard)", §6.4). */
	defaulted: { fulltimeHours: boolean; monthsActive: boolean };
	/** Indirect FTE per euro used for the purchase plan, and where it came from. */
	ftePerEuro: number;
	ftePerEuroFrom: 'purchases' | 'reference';
	referenceSupplier: ReferenceSupplier;
}

export type MeasuredResult = Omit<ScoredResult, 'nextRungs' | 'warnings'>;

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

/** The 1.7 PSO 30+ conditions for this period (contract §6.3); null when the ruleset has none. */
function qualifyingConditions(ruleset: Ruleset, periodEnd: string): QualifyingConditions | null {
	const conditions = ruleset.pso30plus.conditions;
	if (conditions === undefined) return null;
	return {
		minHoursPerWeek: conditions.minHoursPerWeek,
		// "Started at least 6 months before period.end", month arithmetic clamped to the
		// month's last day (§6.3): 31 August − 6 months is the last day of February.
		flexLatestStart: dayNumber(addMonths(periodEnd, -conditions.flexMinMonths))
	};
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
	const pso30plusConditions = qualifyingConditions(ruleset, input.period.end);
	const lineTotals = evaluateLines(
		input.targetGroup ?? [],
		ruleset,
		{ periodStart, periodEnd, periodDays, fulltimeHours, pso30plusConditions },
		collectTrace
	);
	const { flags } = lineTotals;
	if (flags.unconfirmedWeight) warnings.add('unconfirmed-weight');
	if (flags.positionNotInRuleset) warnings.add('position-not-in-ruleset');
	if (flags.unconfirmedWindow) warnings.add('unconfirmed-window');
	if (flags.unconfirmedRule) warnings.add('unconfirmed-rule');
	if (flags.wwMonthsMissing) warnings.add('ww-months-missing');
	if (flags.inflowAfterStart) warnings.add('inflow-after-start');
	if (flags.lksEndUnknown) warnings.add('lks-end-unknown');

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
	// Exact comparisons: the tolerance is for norms and shares only (§6.4).
	if (totalFte < minTotalFte.value) ineligibleReasons.push('fte-below-2');
	if (monthsActive < minMonthsActive.value) ineligibleReasons.push('active-below-12-months');
	const eligible = ineligibleReasons.length === 0;
	if (!minTotalFte.confirmed || !minMonthsActive.confirmed) warnings.add('unconfirmed-rule');

	// §3.8-3.11: size, norms, quantitative rung.
	const size = sizeForTotalFte(totalFte);
	const lookup = normLookup(ruleset, size);
	const headline = lookup.headline;
	const headlineNorms = lookup.headlineNorms;
	const interpolated = lookup.interpolatedNorms;
	const lenient = lookup.upper;
	const totalPct = numbers.totalPct;
	// §6.1: the headline keeps the strict reading (atLeast); the range adds the others.
	const rungRange: RungRange = eligible
		? rungRangeForTotal(totalPct, lookup)
		: { atLeast: 'not-eligible', likely: 'not-eligible', atMost: 'not-eligible' };
	const quantitativeRung: RungCode = rungRange.atLeast;
	if (eligible) {
		if (!lookup.exact) warnings.add('norm-estimated');
		if (!headline.confirmed) warnings.add('unconfirmed-norm');
		if (basistredeUnknown(ruleset, totalPct, headlineNorms)) {
			warnings.add('basistrede-norm-unknown');
		}
		// §6.6 item 1: a warning when the headline rung rests on the modelled norm.
		if (quantitativeRung === 'basistrede' && lookup.basistredeModelled) {
			warnings.add('basistrede-norm-modelled');
		}
	}

	// §3.12: qualitative criteria; §6.1: the likely rung after them.
	const gaps = qualitativeGaps(input);
	const afterCriteria = (quantitative: RungCode): RungCode =>
		!eligible ? 'not-eligible' : gaps.length === 0 ? quantitative : 'none';
	const rung = afterCriteria(quantitativeRung);
	const missingEvidence = evidenceMissing(input);
	if (missingEvidence.length > 0) warnings.add('evidence-missing');

	// §3.13-3.14.
	const aspirant = aspirantOutcome(eligible, rung, input.actionPlan);
	const minShare = ruleset.pso30plus.minSharePct;
	const conditions = ruleset.pso30plus.conditions;
	const pso30plus = pso30plusOutcome({
		rung,
		qualifyingPersons: lineTotals.qualifyingPersons,
		regularPersons: lineTotals.regularPersons,
		qualifyingFte: lineTotals.qualifyingFte,
		headcount,
		totalFte,
		minSharePct: minShare.value,
		regularMinSharePct: conditions?.regularMinSharePct ?? null
	});
	const conditionsUnconfirmed = conditions !== undefined && !conditions.confirmed;
	if (
		rung === 'trede-3' &&
		(flags.unconfirmedPso30plusRule || !minShare.confirmed || conditionsUnconfirmed)
	) {
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
			basistrede: headlineNorms.basistrede,
			basistredeModelled: lookup.basistredeModelled,
			trede1: headline.trede1,
			trede2: headline.trede2,
			trede3: headline.trede3,
			estimated: !lookup.exact,
			interpolated: {
				trede1: interpolated.trede1,
				trede2: interpolated.trede2,
				trede3: interpolated.trede3
			},
			rungIfInterpolated: rungRange.likely,
			lenient: {
				trede1: lenient.trede1,
				trede2: lenient.trede2,
				trede3: lenient.trede3,
				size: lenient.size
			}
		},
		quantitativeRung,
		rung,
		rungRange,
		likelyRung: afterCriteria(rungRange.likely),
		qualitativeGaps: gaps,
		evidenceMissing: missingEvidence,
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
		regularPersons: lineTotals.regularPersons,
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
					regularPersons: lineTotals.regularPersons,
					qualifyingFte: lineTotals.qualifyingFte,
					defaulted: {
						fulltimeHours: (organisation?.fulltimeHours ?? null) === null,
						monthsActive: (organisation?.monthsActive ?? null) === null
					}
				};

	return { result, warnings, base, trace };
}
