// What renewal readiness (pso-method §10) needs of one assessment: small enough to cache per
// assessment, so the advisor's portfolio can compare many organisations without rescoring.
import type { QualitativeCriterion, QualitativeStatus, RungCode } from './input-codes';
import { addMonths } from './iso-date';
import type { AssessmentResult } from './result-schema';
import type { StoppingLine } from './stopping-lines';

export interface CriterionEvidence {
	criterion: QualitativeCriterion;
	status: QualitativeStatus;
	items: { document: string; validUntil: string | null }[];
}

export interface RenewalSummary {
	periodEnd: string;
	nextPeriodEnd: string;
	/** Null when the assessment cannot be scored yet. The strict headline: the range's low end. */
	rung: RungCode | null;
	/**
	 * The likely rung and the range's high end after the criteria (contract §6.1): what the
	 * advisor's flags, filters and sort compare, so an unpublished norm is no cliff. A result
	 * stored before rules version 2 has no range: both are its rung. Null when unscored.
	 */
	likelyRung: RungCode | null;
	rungAtMost: RungCode | null;
	/** The basistrede norm was the modelled one (contract §6.2): its label says "geschat model". */
	basistredeModelled: boolean;
	quantitativeRung: RungCode | null;
	totalPct: number | null;
	aspirant: boolean;
	pso30plus: boolean;
	/**
	 * PSO 30+ is missed only because the strict rung is below trede 3, while the range reaches
	 * trede 3: with the unpublished norm it may well be met.
	 */
	pso30plusPossible: boolean;
	/** Lines that count on the period end but whose counting window ends, earliest first. */
	stoppingLines: StoppingLine[];
	criteria: CriterionEvidence[];
}

/** End of the reference year after the one ending on `periodEnd`. */
export function nextReferencePeriodEnd(periodEnd: string): string {
	return addMonths(periodEnd, 12);
}

type ScoredSummary = Omit<AssessmentResult, 'lines'>;

/** The range after the criteria: a criterion not met holds every reading at `rung` (none). */
function rangeAfterCriteria(result: ScoredSummary): { likely: RungCode; atMost: RungCode } {
	const range = result.rungRange;
	if (!range) return { likely: result.rung, atMost: result.rung };
	const held = result.qualitativeGaps.length > 0;
	return {
		likely: result.likelyRung ?? (held ? result.rung : range.likely),
		atMost: held ? result.rung : range.atMost
	};
}

function pso30plusPossible(result: ScoredSummary, atMost: RungCode): boolean {
	const { eligible, reasons } = result.pso30plus;
	return !eligible && atMost === 'trede-3' && reasons.every((r) => r === 'rung-below-trede-3');
}

export function summariseAssessment(
	periodEnd: string,
	result: ScoredSummary | null,
	stopping: readonly StoppingLine[],
	criteria: readonly CriterionEvidence[]
): RenewalSummary {
	const range = result ? rangeAfterCriteria(result) : null;
	return {
		periodEnd,
		nextPeriodEnd: nextReferencePeriodEnd(periodEnd),
		rung: result?.rung ?? null,
		likelyRung: range?.likely ?? null,
		rungAtMost: range?.atMost ?? null,
		basistredeModelled: result?.norms.basistredeModelled === true,
		quantitativeRung: result?.quantitativeRung ?? null,
		totalPct: result?.totalPct ?? null,
		aspirant: result?.aspirant.available ?? false,
		pso30plus: result?.pso30plus.eligible ?? false,
		pso30plusPossible: result && range ? pso30plusPossible(result, range.atMost) : false,
		stoppingLines: [...stopping],
		criteria: criteria.map((c) => ({
			criterion: c.criterion,
			status: c.status,
			items: c.items.map((i) => ({ document: i.document, validUntil: i.validUntil }))
		}))
	};
}

/** Earliest last counting day of any line (what the portfolio's SQL compares). */
export function firstStop(summary: RenewalSummary): string | null {
	return summary.stoppingLines[0]?.countsUntil ?? null;
}

export function firstEvidenceExpiry(summary: RenewalSummary): string | null {
	const dates = summary.criteria.flatMap((c) => c.items.map((i) => i.validUntil));
	return dates.filter((d): d is string => d !== null).sort()[0] ?? null;
}
