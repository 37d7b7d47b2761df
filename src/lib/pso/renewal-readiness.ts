// Renewal readiness (pso-method §10): a PSO certificate is valid for 2 years, is not renewed
// automatically, and renewal repeats every step. From 6 months before expiry we compare the
// latest assessment with the certified rung, list what will stop counting or lapse before
// the audit, and plan what keeping the rung takes. Pure: "today" is an argument, no clock.
// The engine's solver comes in as an argument too (bound to one assessment by the caller), so
// pages that need only the codes below do not pull the scoring engine into the browser.
import type { QualitativeCriterion, QualitativeStatus, RungCode } from './input-codes';
import { dayNumber, dayNumberFromParts, isoFromDayNumber, partsFromDayNumber } from './iso-date';
import type { TredeTarget } from './result-codes';
import type { AssessmentResult } from './result-schema';
import type { Pso30plusEntry, TredeEntry } from './score';

export const certifiedRungs = ['aspirant', 'basistrede', 'trede-1', 'trede-2', 'trede-3'] as const;
export type CertifiedRung = (typeof certifiedRungs)[number];

/** pso-method §10: "Validity: 2 years". */
export const CERTIFICATE_VALIDITY_MONTHS = 24;
/** The renewal panel opens this long before expiry: an audit needs quotes, data and evidence. */
export const RENEWAL_WINDOW_MONTHS = 6;
/** An organisation whose latest assessment is older than this is flagged for the advisor. */
export const STALE_ASSESSMENT_MONTHS = 12;

export const riskFlags = [
	'estimate-below-certified',
	'lines-stop-before-renewal',
	'evidence-expiring',
	'no-assessment-12-months'
] as const;
export type RiskFlag = (typeof riskFlags)[number];

function daysInMonth(year: number, month: number): number {
	const next =
		month === 12 ? dayNumberFromParts(year + 1, 1, 1) : dayNumberFromParts(year, month + 1, 1);
	return next - dayNumberFromParts(year, month, 1);
}

/**
 * The same day `months` later (or earlier); a day the target month lacks becomes its last day,
 * so 29 February + 12 months is 28 February and 31 August − 6 months is 28/29 February.
 */
export function addMonths(isoDate: string, months: number): string {
	const { year, month, day } = partsFromDayNumber(dayNumber(isoDate));
	const index = year * 12 + (month - 1) + months;
	const targetYear = Math.floor(index / 12);
	const targetMonth = index - targetYear * 12 + 1;
	const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
	return isoFromDayNumber(dayNumberFromParts(targetYear, targetMonth, targetDay));
}

/** Issue date + 2 years: the expiry a certificate gets when the user enters none. */
export function defaultExpiry(issuedOn: string): string {
	return addMonths(issuedOn, CERTIFICATE_VALIDITY_MONTHS);
}

export function renewalWindowOpens(expiresOn: string): string {
	return addMonths(expiresOn, -RENEWAL_WINDOW_MONTHS);
}

/** End of the reference year after the one ending on `periodEnd`. */
export function nextReferencePeriodEnd(periodEnd: string): string {
	return addMonths(periodEnd, 12);
}

/** Whole days from `today` to `date`: 0 on the day itself, negative once it has passed. */
export function daysUntil(today: string, date: string): number {
	return dayNumber(date) - dayNumber(today);
}

const laterOf = (a: string, b: string): string => (a > b ? a : b);

/**
 * The date the renewal is judged against: the expiry date, or today once that has passed
 * (the audit can no longer be earlier than today).
 */
export function auditDate(today: string, expiresOn: string): string {
	return laterOf(expiresOn, today);
}

export interface CertificateFacts {
	rung: CertifiedRung;
	pso30plus: boolean;
	issuedOn: string;
	expiresOn: string;
}

export interface CriterionEvidence {
	criterion: QualitativeCriterion;
	status: QualitativeStatus;
	items: { document: string; validUntil: string | null }[];
}

export interface StoppingLine {
	id: string;
	countsUntil: string;
	weightedFte: number;
}

/** What renewal readiness needs of one assessment; small enough to cache per assessment. */
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

/**
 * Lines that count on the period end but whose counting window ends (contract §3.16),
 * earliest first: who stops counting, and when.
 */
export function stoppingLines(lines: AssessmentResult['lines']): StoppingLine[] {
	return lines
		.filter((l) => l.countsOnPeriodEnd && l.countsUntil !== null)
		.map((l) => ({ id: l.id, countsUntil: l.countsUntil!, weightedFte: l.weightedFte }))
		.sort((a, b) => a.countsUntil.localeCompare(b.countsUntil) || a.id.localeCompare(b.id));
}

/** Earliest last counting day of any line (what the portfolio's SQL compares). */
export function firstStop(summary: RenewalSummary): string | null {
	return summary.stoppingLines[0]?.countsUntil ?? null;
}

export function firstEvidenceExpiry(summary: RenewalSummary): string | null {
	const dates = summary.criteria.flatMap((c) => c.items.map((i) => i.validUntil));
	return dates.filter((d): d is string => d !== null).sort()[0] ?? null;
}

/**
 * One scale for certificates and estimates. Aspirant status sits below the basistrede: it
 * is a status for organisations still working towards trede 1 (pso-method §8).
 */
const certifiedLevel: Record<CertifiedRung, number> = {
	aspirant: 1,
	basistrede: 2,
	'trede-1': 3,
	'trede-2': 4,
	'trede-3': 5
};

const estimatedLevel: Record<RungCode, number> = {
	'not-eligible': 0,
	none: 0,
	basistrede: certifiedLevel.basistrede,
	'trede-1': certifiedLevel['trede-1'],
	'trede-2': certifiedLevel['trede-2'],
	'trede-3': certifiedLevel['trede-3']
};

/** The estimate on the certificate scale; null when it cannot be scored. */
export function estimateLevel(summary: RenewalSummary): number | null {
	if (summary.rung === null) return null;
	return Math.max(estimatedLevel[summary.rung], summary.aspirant ? certifiedLevel.aspirant : 0);
}

/** Below the certificate: a lower rung, or PSO 30+ certified but no longer reached. */
export function estimateBelowCertified(
	summary: RenewalSummary,
	certificate: CertificateFacts
): boolean {
	const level = estimateLevel(summary);
	if (level === null) return false;
	return level < certifiedLevel[certificate.rung] || (certificate.pso30plus && !summary.pso30plus);
}

export interface RiskArgs {
	today: string;
	certificate: CertificateFacts | null;
	summary: RenewalSummary | null;
	/** Date of the latest assessment (finalised, else last saved); null when there is none. */
	lastAssessedOn: string | null;
}

/**
 * The advisor's risk flags. Apart from the 12-month rule they need a certificate: without
 * one there is no rung to keep and no audit date. An assessment that cannot be scored has
 * no estimate, so it is never "below".
 */
export function riskFlagsFor({
	today,
	certificate,
	summary,
	lastAssessedOn
}: RiskArgs): RiskFlag[] {
	const flags = new Set<RiskFlag>();
	if (certificate && summary) {
		const audit = auditDate(today, certificate.expiresOn);
		if (estimateBelowCertified(summary, certificate)) flags.add('estimate-below-certified');
		const stop = firstStop(summary);
		if (stop !== null && stop < laterOf(audit, summary.nextPeriodEnd)) {
			flags.add('lines-stop-before-renewal');
		}
		const lapse = firstEvidenceExpiry(summary);
		if (lapse !== null && lapse < audit) flags.add('evidence-expiring');
	}
	if (lastAssessedOn === null || lastAssessedOn < addMonths(today, -STALE_ASSESSMENT_MONTHS)) {
		flags.add('no-assessment-12-months');
	}
	return riskFlags.filter((f) => flags.has(f));
}

export interface RenewalAssessment {
	id: string;
	name: string;
	status: 'draft' | 'final';
	lastAssessedOn: string;
	summary: RenewalSummary;
}

export interface RenewalArgs {
	today: string;
	certificate: CertificateFacts | null;
	assessment: RenewalAssessment | null;
	/** The engine's next-rung solver for this assessment, for the plan to keep the rung. */
	solver?: KeepPlanSolver | null;
}

/** `solveNextRung` (score.ts) bound to one assessment's inputs and ruleset. */
export interface KeepPlanSolver {
	trede(target: TredeTarget): TredeEntry | null;
	pso30plus(): Pso30plusEntry | null;
}

export interface RenewalLine extends StoppingLine {
	beforeAudit: boolean;
	beforeNextPeriodEnd: boolean;
}

export interface EvidenceGap {
	criterion: QualitativeCriterion;
	status: QualitativeStatus;
	/**
	 * `not-met`: not met or not known; `no-evidence`: (partly) met with nothing on file;
	 * `partial`: partly met, with evidence.
	 */
	reason: 'not-met' | 'no-evidence' | 'partial';
}

export interface ExpiringEvidence {
	criterion: QualitativeCriterion;
	document: string;
	validUntil: string;
}

export interface KeepPlan {
	rung: CertifiedRung;
	/** Extra FTE or purchasing for the certified trede; null when there is no trede to solve. */
	trede: TredeEntry | null;
	/** The numbers already reach the certified rung: what is missing is qualitative. */
	numbersReach: boolean;
	pso30plus: Pso30plusEntry | null;
}

interface Timing {
	certificate: CertificateFacts;
	windowOpensOn: string;
	daysLeft: number;
}

export type RenewalReadiness =
	| { state: 'no-certificate' }
	| ({ state: 'not-due' } & Timing)
	| ({
			state: 'due' | 'expired';
			auditOn: string;
			assessment: Omit<RenewalAssessment, 'summary'> | null;
			/** End of the reference year after the assessed one; null without an assessment. */
			nextPeriodEnd: string | null;
			estimate: { rung: RungCode | null; pso30plus: boolean; below: boolean } | null;
			stoppingLines: RenewalLine[];
			evidenceGaps: EvidenceGap[];
			expiringEvidence: ExpiringEvidence[];
			keepPlan: KeepPlan | null;
			flags: RiskFlag[];
	  } & Timing);

function evidenceGaps(summary: RenewalSummary): EvidenceGap[] {
	return summary.criteria.flatMap((c): EvidenceGap[] => {
		const gap = (reason: EvidenceGap['reason']) => [
			{ criterion: c.criterion, status: c.status, reason }
		];
		if (c.status === 'unmet' || c.status === 'unknown') return gap('not-met');
		if (c.items.length === 0) return gap('no-evidence');
		// Partly met keeps every trede out of reach (contract §3.12), evidence or not.
		return c.status === 'partial' ? gap('partial') : [];
	});
}

const certifiedTrede = (rung: CertifiedRung): TredeTarget | null =>
	rung === 'trede-1' || rung === 'trede-2' || rung === 'trede-3' ? rung : null;

function keepPlan(
	summary: RenewalSummary,
	certificate: CertificateFacts,
	solver: RenewalArgs['solver']
): KeepPlan | null {
	if (!solver || !estimateBelowCertified(summary, certificate)) return null;
	const target = certifiedTrede(certificate.rung);
	const numbersReach =
		summary.quantitativeRung !== null &&
		estimatedLevel[summary.quantitativeRung] >= certifiedLevel[certificate.rung];
	return {
		rung: certificate.rung,
		trede: target ? solver.trede(target) : null,
		numbersReach,
		pso30plus: certificate.pso30plus && !summary.pso30plus ? solver.pso30plus() : null
	};
}

/** The renewal panel: nothing before the 6-month window, then the full comparison. */
export function renewalReadiness(args: RenewalArgs): RenewalReadiness {
	const { today, certificate, assessment } = args;
	if (!certificate) return { state: 'no-certificate' };
	const timing: Timing = {
		certificate,
		windowOpensOn: renewalWindowOpens(certificate.expiresOn),
		daysLeft: daysUntil(today, certificate.expiresOn)
	};
	if (today < timing.windowOpensOn) return { state: 'not-due', ...timing };
	const auditOn = auditDate(today, certificate.expiresOn);
	const summary = assessment?.summary ?? null;
	const flags = riskFlagsFor({
		today,
		certificate,
		summary,
		lastAssessedOn: assessment?.lastAssessedOn ?? null
	});
	const base = {
		state: timing.daysLeft < 0 ? ('expired' as const) : ('due' as const),
		...timing,
		auditOn,
		flags
	};
	if (!assessment || !summary) {
		return {
			...base,
			assessment: null,
			nextPeriodEnd: null,
			estimate: null,
			stoppingLines: [],
			evidenceGaps: [],
			expiringEvidence: [],
			keepPlan: null
		};
	}
	const { summary: _summary, ...head } = assessment;
	const linesLimit = laterOf(auditOn, summary.nextPeriodEnd);
	return {
		...base,
		assessment: head,
		nextPeriodEnd: summary.nextPeriodEnd,
		estimate:
			summary.rung === null
				? null
				: {
						rung: summary.rung,
						pso30plus: summary.pso30plus,
						below: estimateBelowCertified(summary, certificate)
					},
		stoppingLines: summary.stoppingLines
			.filter((l) => l.countsUntil < linesLimit)
			.map((l) => ({
				...l,
				beforeAudit: l.countsUntil < auditOn,
				beforeNextPeriodEnd: l.countsUntil < summary.nextPeriodEnd
			})),
		evidenceGaps: evidenceGaps(summary),
		expiringEvidence: summary.criteria
			.flatMap((c) =>
				c.items
					.filter((i): i is { document: string; validUntil: string } => i.validUntil !== null)
					.filter((i) => i.validUntil < auditOn)
					.map((i) => ({ criterion: c.criterion, document: i.document, validUntil: i.validUntil }))
			)
			.sort((a, b) => a.validUntil.localeCompare(b.validUntil)),
		keepPlan: keepPlan(summary, certificate, args.solver)
	};
}
