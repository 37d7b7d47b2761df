// Renewal readiness (pso-method §10): from 6 months before a certificate expires we compare the
// latest assessment with the certified rung, list what will stop counting or lapse before the
// audit, and plan what keeping the rung takes. Pure: "today" is an argument, no clock.
// The engine's solver comes in as an argument too (bound to one assessment by the caller), so
// pages that need only the codes do not pull the scoring engine into the browser.
// Dates: iso-date.ts; the certificate: certified-rung.ts; the rung scale: rung-scale.ts;
// stopping lines: stopping-lines.ts; the per-assessment summary: renewal-summary.ts; the
// advisor's flags: renewal-risk.ts.
import {
	auditDate,
	certifiedTrede,
	renewalWindowOpens,
	type CertificateFacts,
	type CertifiedRung
} from './certified-rung';
import type { QualitativeCriterion, QualitativeStatus, RungCode } from './input-codes';
import { criteriaMetWithoutEvidence } from './evidence-gaps';
import { daysUntil, laterIsoDate } from './iso-date';
import type { RenewalSummary } from './renewal-summary';
import {
	compareWithCertified,
	riskFlagsFor,
	type CertifiedComparison,
	type RiskFlag
} from './renewal-risk';
import type { TredeTarget } from './result-codes';
import { certifiedLevel, estimatedLevel } from './rung-scale';
import type { Pso30plusEntry, TredeEntry } from './score';
import type { StoppingLine } from './stopping-lines';

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
	 * `not-met`: not met or not known; `no-evidence`: met with nothing on file (the engine's
	 * `evidenceMissing`); `partial`: partly met.
	 */
	reason: 'not-met' | 'no-evidence' | 'partial';
}

/** An evidence item with an end date: lapsing before the audit, or already lapsed. */
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

/** The latest estimate against the certificate (contract §6.1: with its range). */
export interface RenewalEstimate {
	/** The strict headline rung: the low end of the range. */
	rung: RungCode;
	likelyRung: RungCode;
	rungAtMost: RungCode;
	/** A basistrede in this estimate rests on the modelled norm (contract §6.2). */
	basistredeModelled: boolean;
	pso30plus: boolean;
	comparison: CertifiedComparison;
	/** Below for sure (`comparison` is `below`). */
	below: boolean;
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
			estimate: RenewalEstimate | null;
			stoppingLines: RenewalLine[];
			evidenceGaps: EvidenceGap[];
			/** Valid today but not on the audit date ("verloopt voor de audit"). */
			expiringEvidence: ExpiringEvidence[];
			/** No longer valid today ("verlopen"): it has lapsed already, it is not about to. */
			expiredEvidence: ExpiringEvidence[];
			keepPlan: KeepPlan | null;
			flags: RiskFlag[];
	  } & Timing);

function evidenceGaps(summary: RenewalSummary): EvidenceGap[] {
	// "No evidence" is the engine's `evidenceMissing` rule (evidence-gaps.ts, §6.6 item 7): only
	// a met criterion. Partly met keeps every trede out of reach (§3.12), evidence or not, and
	// is named as such, also with nothing on file.
	const withoutEvidence = new Set(criteriaMetWithoutEvidence(summary.criteria));
	return summary.criteria.flatMap((c): EvidenceGap[] => {
		const gap = (reason: EvidenceGap['reason']) => [
			{ criterion: c.criterion, status: c.status, reason }
		];
		if (c.status === 'unmet' || c.status === 'unknown') return gap('not-met');
		if (c.status === 'partial') return gap('partial');
		return withoutEvidence.has(c.criterion) ? gap('no-evidence') : [];
	});
}

/**
 * Dated evidence that will not hold at the audit, split by whether it still holds today: an
 * item valid through `validUntil` has lapsed once today is past it (with an expired
 * certificate the audit is today, so everything it catches has lapsed). Earliest first.
 */
function evidenceByLapse(
	summary: RenewalSummary,
	today: string,
	auditOn: string
): { expiringEvidence: ExpiringEvidence[]; expiredEvidence: ExpiringEvidence[] } {
	const lapsing = summary.criteria
		.flatMap((c) =>
			c.items.flatMap((i) =>
				i.validUntil !== null && i.validUntil < auditOn
					? [{ criterion: c.criterion, document: i.document, validUntil: i.validUntil }]
					: []
			)
		)
		.sort((a, b) => a.validUntil.localeCompare(b.validUntil));
	return {
		expiringEvidence: lapsing.filter((i) => i.validUntil >= today),
		expiredEvidence: lapsing.filter((i) => i.validUntil < today)
	};
}

function keepPlan(
	summary: RenewalSummary,
	certificate: CertificateFacts,
	solver: RenewalArgs['solver']
): KeepPlan | null {
	// Also when only possibly below: the plan reaches the strict norm, so the rung is certain.
	const comparison = compareWithCertified(summary, certificate);
	if (!solver || comparison === null || comparison === 'kept') return null;
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

function estimateOf(
	summary: RenewalSummary,
	certificate: CertificateFacts
): RenewalEstimate | null {
	const comparison = compareWithCertified(summary, certificate);
	if (summary.rung === null || comparison === null) return null;
	return {
		rung: summary.rung,
		likelyRung: summary.likelyRung ?? summary.rung,
		rungAtMost: summary.rungAtMost ?? summary.rung,
		basistredeModelled: summary.basistredeModelled === true,
		pso30plus: summary.pso30plus,
		comparison,
		below: comparison === 'below'
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
			expiredEvidence: [],
			keepPlan: null
		};
	}
	const { summary: _summary, ...head } = assessment;
	const linesLimit = laterIsoDate(auditOn, summary.nextPeriodEnd);
	return {
		...base,
		assessment: head,
		nextPeriodEnd: summary.nextPeriodEnd,
		estimate: estimateOf(summary, certificate),
		stoppingLines: summary.stoppingLines
			.filter((l) => l.countsUntil < linesLimit)
			.map((l) => ({
				...l,
				beforeAudit: l.countsUntil < auditOn,
				beforeNextPeriodEnd: l.countsUntil < summary.nextPeriodEnd
			})),
		evidenceGaps: evidenceGaps(summary),
		...evidenceByLapse(summary, today, auditOn),
		keepPlan: keepPlan(summary, certificate, args.solver)
	};
}
