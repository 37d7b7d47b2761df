// What renewal readiness (pso-method §10) needs of one assessment: small enough to cache per
// assessment, so the advisor's portfolio can compare many organisations without rescoring.
import type { QualitativeCriterion, QualitativeStatus, RungCode } from './input-codes';
import { addMonths } from './iso-date';
import type { AssessmentResult } from './result-schema';
import { estimateLevelOf } from './rung-scale';
import type { StoppingLine } from './stopping-lines';

export interface CriterionEvidence {
	criterion: QualitativeCriterion;
	status: QualitativeStatus;
	items: { document: string; validUntil: string | null }[];
}

export interface RenewalSummary {
	periodEnd: string;
	nextPeriodEnd: string;
	/** Null when the assessment cannot be scored yet. */
	rung: RungCode | null;
	quantitativeRung: RungCode | null;
	totalPct: number | null;
	aspirant: boolean;
	pso30plus: boolean;
	/** Lines that count on the period end but whose counting window ends, earliest first. */
	stoppingLines: StoppingLine[];
	criteria: CriterionEvidence[];
}

/** End of the reference year after the one ending on `periodEnd`. */
export function nextReferencePeriodEnd(periodEnd: string): string {
	return addMonths(periodEnd, 12);
}

export function summariseAssessment(
	periodEnd: string,
	result: Omit<AssessmentResult, 'lines'> | null,
	stopping: readonly StoppingLine[],
	criteria: readonly CriterionEvidence[]
): RenewalSummary {
	return {
		periodEnd,
		nextPeriodEnd: nextReferencePeriodEnd(periodEnd),
		rung: result?.rung ?? null,
		quantitativeRung: result?.quantitativeRung ?? null,
		totalPct: result?.totalPct ?? null,
		aspirant: result?.aspirant.available ?? false,
		pso30plus: result?.pso30plus.eligible ?? false,
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

/** The estimate on the certificate scale (rung-scale.ts); null when it cannot be scored. */
export function estimateLevel(summary: RenewalSummary): number | null {
	if (summary.rung === null) return null;
	return estimateLevelOf(summary.rung, summary.aspirant);
}
