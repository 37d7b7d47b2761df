import type { NormKey } from '$lib/pso/norm-bands';
import type { AssessmentSummary, OutcomeSummary } from '$lib/server/assessments/history';
import type { AssessmentLineage } from '$lib/server/assessments/lineage';

/** A reference period as `start/end` (ISO dates): the key periods are grouped by. */
export type PeriodKey = `${string}/${string}`;

export function periodKey(start: string, end: string): PeriodKey {
	return `${start}/${end}`;
}

/** What a PSO certificate can state (pso-method §3): the rungs and the two statuses. */
export type CertifiedRung =
	'aspirant' | 'basistrede' | 'trede-1' | 'trede-2' | 'trede-3' | 'pso-30plus';

export interface TimelineOptions {
	/** The certified rung per reference period (see `certifiedRungByPeriod`). */
	certifiedRungByPeriod?: ReadonlyMap<PeriodKey, CertifiedRung>;
}

export interface TimelineAssessment extends AssessmentLineage {
	id: string;
	name: string;
	status: AssessmentSummary['status'];
	rulesetId: string;
	outcome: OutcomeSummary | null;
}

export interface TimelinePeriod {
	key: PeriodKey;
	start: string;
	end: string;
	/** Finals first (newest first), then drafts (newest first). */
	assessments: TimelineAssessment[];
	/**
	 * What the chart and the figures table show for the period: the newest final
	 * assessment, else the newest draft that can be scored, else nothing.
	 */
	headline: TimelineAssessment | null;
	certifiedRung: CertifiedRung | null;
}

export interface Timeline {
	/** Oldest period first, as a trend reads. */
	periods: TimelinePeriod[];
	/** Whether any headline has a basistrede norm, so the chart and table show that band. */
	hasBasistrede: boolean;
	/** Whether any headline's norm is a band (an untabled size), so the chart says what a band is. */
	hasNormBand: boolean;
	hasCertificates: boolean;
}

/**
 * One norm of a period: a single value, or for a size outside the norm table the band from
 * the milder norm (the tabled size above) to the stricter one the headline uses (contract
 * §6.1). Results stored before rules version 2 have no milder norms: then a single value.
 * The basistrede has no milder norm in the result, so it stays a single value.
 */
export type PeriodNorm = { value: number } | { milder: number; stricter: number } | null;

export function periodNorm(outcome: OutcomeSummary | null, key: NormKey): PeriodNorm {
	const stricter = outcome?.norms[key];
	if (stricter === null || stricter === undefined) return null;
	const milder = key === 'basistrede' ? undefined : outcome?.norms.lenient?.[key];
	return milder !== undefined && milder < stricter ? { milder, stricter } : { value: stricter };
}

const tredeKeys = ['trede1', 'trede2', 'trede3'] as const;

const finalFirst = (a: TimelineAssessment, b: TimelineAssessment) =>
	a.status === b.status ? 0 : a.status === 'final' ? -1 : 1;

/**
 * Groups assessments by reference period. `summaries` may come in any order; within a
 * period the given order breaks ties (listAssessmentSummaries gives newest first).
 */
export function buildTimeline(
	summaries: readonly AssessmentSummary[],
	options: TimelineOptions = {}
): Timeline {
	const certified = options.certifiedRungByPeriod ?? new Map<PeriodKey, CertifiedRung>();
	const byPeriod = new Map<PeriodKey, TimelinePeriod>();
	for (const s of summaries) {
		const key = periodKey(s.periodStart, s.periodEnd);
		let period = byPeriod.get(key);
		if (period === undefined) {
			period = {
				key,
				start: s.periodStart,
				end: s.periodEnd,
				assessments: [],
				headline: null,
				certifiedRung: certified.get(key) ?? null
			};
			byPeriod.set(key, period);
		}
		period.assessments.push({
			id: s.id,
			name: s.name,
			status: s.status,
			rulesetId: s.rulesetId,
			version: s.version,
			origin: s.origin,
			source: s.source,
			changedAt: s.changedAt,
			outcome: s.outcome
		});
	}
	const periods = [...byPeriod.values()].sort(
		(a, b) => a.end.localeCompare(b.end) || a.start.localeCompare(b.start)
	);
	for (const period of periods) {
		// A stable sort keeps the given newest-first order within finals and within drafts.
		period.assessments.sort(finalFirst);
		period.headline =
			period.assessments.find((a) => a.status === 'final') ??
			period.assessments.find((a) => a.outcome !== null) ??
			null;
	}
	return {
		periods,
		hasBasistrede: periods.some((p) => p.headline?.outcome?.norms.basistrede != null),
		hasNormBand: periods.some((p) =>
			tredeKeys.some((key) => {
				const norm = periodNorm(p.headline?.outcome ?? null, key);
				return norm !== null && 'milder' in norm;
			})
		),
		hasCertificates: periods.some((p) => p.certifiedRung !== null)
	};
}

/** "2025" for a calendar year, else null (the page then shows the dates). */
export function calendarYear(period: Pick<TimelinePeriod, 'start' | 'end'>): string | null {
	const year = period.start.slice(0, 4);
	return period.start === `${year}-01-01` && period.end === `${year}-12-31` ? year : null;
}

/**
 * The certificate that held at the end of each reference period: the latest issued on or
 * before the period's last day and still valid then. A PSO 30+ certificate shows as such.
 */
export function certifiedRungByPeriod(
	certificates: readonly {
		rung: Exclude<CertifiedRung, 'pso-30plus'>;
		pso30plus: boolean;
		issuedOn: string;
		expiresOn: string;
	}[],
	periods: readonly { periodStart: string; periodEnd: string }[]
): Map<PeriodKey, CertifiedRung> {
	const byPeriod = new Map<PeriodKey, CertifiedRung>();
	for (const p of periods) {
		const held = certificates
			.filter((c) => c.issuedOn <= p.periodEnd && c.expiresOn >= p.periodEnd)
			.sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))[0];
		if (held)
			byPeriod.set(
				periodKey(p.periodStart, p.periodEnd),
				held.pso30plus ? 'pso-30plus' : held.rung
			);
	}
	return byPeriod;
}
