// The advisor's risk flags (pso-method §10): what puts an organisation's renewal at risk.
import { auditDate, type CertificateFacts } from './certified-rung';
import { addMonths, laterIsoDate } from './iso-date';
import {
	estimateLevel,
	firstEvidenceExpiry,
	firstStop,
	type RenewalSummary
} from './renewal-summary';
import { certifiedLevel } from './rung-scale';

/** An organisation whose latest assessment is older than this is flagged for the advisor. */
export const STALE_ASSESSMENT_MONTHS = 12;

export const riskFlags = [
	'estimate-below-certified',
	'lines-stop-before-renewal',
	'evidence-expiring',
	'no-assessment-12-months'
] as const;
export type RiskFlag = (typeof riskFlags)[number];

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
