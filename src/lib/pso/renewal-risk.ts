// The advisor's risk flags (pso-method §10): what puts an organisation's renewal at risk.
import { auditDate, type CertificateFacts } from './certified-rung';
import { addMonths, laterIsoDate } from './iso-date';
import { firstEvidenceExpiry, firstStop, type RenewalSummary } from './renewal-summary';
import { certifiedLevel, estimateLevelOf } from './rung-scale';

/** An organisation whose latest assessment is older than this is flagged for the advisor. */
export const STALE_ASSESSMENT_MONTHS = 12;

export const riskFlags = [
	'estimate-below-certified',
	'estimate-may-be-below-certified',
	'lines-stop-before-renewal',
	'evidence-expiring',
	'no-assessment-12-months'
] as const;
export type RiskFlag = (typeof riskFlags)[number];

/**
 * The estimate against the certificate (contract §6.1). `below`: even the range's high end
 * misses the certified rung (or PSO 30+ is out of reach whatever the unpublished norm);
 * `possibly-below`: the range straddles it (atLeast < certified <= atMost), so only the
 * unpublished norm decides; `kept`: even the strict reading reaches it.
 */
export type CertifiedComparison = 'kept' | 'possibly-below' | 'below';

const severity: Record<CertifiedComparison, number> = { kept: 0, 'possibly-below': 1, below: 2 };

/** How the estimate compares with the certificate; null when the assessment cannot be scored. */
export function compareWithCertified(
	summary: RenewalSummary,
	certificate: CertificateFacts
): CertifiedComparison | null {
	if (summary.rung === null) return null;
	const certified = certifiedLevel[certificate.rung];
	// Aspirant status lifts both ends alike (it is judged on the strict rung, §3.13).
	const low = estimateLevelOf(summary.rung, summary.aspirant);
	const high = estimateLevelOf(summary.rungAtMost ?? summary.rung, summary.aspirant);
	const rung: CertifiedComparison =
		high < certified ? 'below' : low < certified ? 'possibly-below' : 'kept';
	const plus: CertifiedComparison =
		!certificate.pso30plus || summary.pso30plus
			? 'kept'
			: summary.pso30plusPossible
				? 'possibly-below'
				: 'below';
	return severity[plus] > severity[rung] ? plus : rung;
}

/** The flag for a comparison, if it raises one. */
export function comparisonFlag(comparison: CertifiedComparison | null): RiskFlag | null {
	if (comparison === 'below') return 'estimate-below-certified';
	if (comparison === 'possibly-below') return 'estimate-may-be-below-certified';
	return null;
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
		const below = comparisonFlag(compareWithCertified(summary, certificate));
		if (below) flags.add(below);
		const stop = firstStop(summary);
		if (stop !== null && stop < laterIsoDate(audit, summary.nextPeriodEnd)) {
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
