import { renewalWindowOpens } from '$lib/pso/certified-rung';
import { renewalReadiness, type RenewalReadiness } from '$lib/pso/renewal-readiness';
import { getRuleset } from '$lib/pso/ruleset-registry';
import { solveNextRung } from '$lib/pso/score';
import { loadInput } from './assessments/history';
import { renewalOutcome } from './assessments/outcome';
import { getAssessment, latestFirstOrder, type Assessment } from './assessments/records';
import { renewalCertificate } from './certificates';
import type { Db } from './db';
import { isoDateOfSeconds } from './today';

/** The organisation's latest assessment, in the one order of records.ts (as the portfolio). */
export function latestAssessment(db: Db, organisationId: string): Assessment | null {
	const row = db
		.prepare(
			`SELECT id FROM assessments WHERE organisation_id = $organisationId ORDER BY ${latestFirstOrder} LIMIT 1`
		)
		.get({ organisationId }) as { id: string } | undefined;
	return row ? getAssessment(db, organisationId, row.id) : null;
}

/**
 * The renewal panel of one organisation. Outside the 6-month window nothing is read; inside it
 * the latest assessment's summary comes from its outcome (outcome.ts) and its inputs go to the
 * engine for the plan to keep the certified rung.
 */
export function renewalForOrganisation(
	db: Db,
	organisationId: string,
	organisationName: string,
	today: string
): RenewalReadiness {
	const certificate = renewalCertificate(db, organisationId, today);
	if (!certificate || today < renewalWindowOpens(certificate.expiresOn)) {
		return renewalReadiness({ today, certificate, assessment: null });
	}
	const assessment = latestAssessment(db, organisationId);
	if (!assessment) return renewalReadiness({ today, certificate, assessment: null });
	const summary = renewalOutcome(db, assessment, organisationName);
	const ruleset = getRuleset(assessment.rulesetId);
	const loaded = summary.rung === null ? null : loadInput(db, assessment, organisationName);
	const input = loaded?.ok ? loaded.input : null;
	return renewalReadiness({
		today,
		certificate,
		assessment: {
			id: assessment.id,
			name: assessment.name,
			status: assessment.status,
			lastAssessedOn: isoDateOfSeconds(assessment.finalisedAt ?? assessment.updatedAt),
			summary
		},
		solver:
			input && ruleset
				? {
						trede: (target) => solveNextRung(input, ruleset, target),
						pso30plus: () => solveNextRung(input, ruleset, 'pso-30plus')
					}
				: null
	});
}
