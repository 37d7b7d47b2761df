import {
	renewalReadiness,
	renewalWindowOpens,
	stoppingLines,
	summariseAssessment,
	type RenewalReadiness
} from '$lib/pso/renewal-readiness';
import { getRuleset } from '$lib/pso/ruleset-registry';
import { solveNextRung } from '$lib/pso/score';
import { listCriteria } from './assessments/evidence';
import { latestAssessmentOrder } from './assessments/score-cache';
import { scoreStoredAssessment } from './assessments/scoring';
import { getAssessment, type Assessment } from './assessments/records';
import { renewalCertificate } from './certificates';
import type { Db } from './db';
import { isoDateOfSeconds } from './today';

/** The organisation's latest assessment, chosen as the advisor portfolio chooses it. */
export function latestAssessment(db: Db, organisationId: string): Assessment | null {
	const row = db
		.prepare(
			`SELECT id FROM assessments WHERE organisation_id = ? ORDER BY ${latestAssessmentOrder} LIMIT 1`
		)
		.get(organisationId) as { id: string } | undefined;
	return row ? getAssessment(db, organisationId, row.id) : null;
}

/**
 * The renewal panel of one organisation. Outside the 6-month window nothing is scored; inside
 * it the latest assessment is scored now (one assessment, so no cache is needed) and its
 * inputs go to the engine for the plan to keep the certified rung.
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
	const scored = scoreStoredAssessment(db, assessment, organisationName);
	const ruleset = getRuleset(assessment.rulesetId);
	const summary = summariseAssessment(
		assessment.periodEnd,
		scored.ok ? scored.result : null,
		scored.ok ? stoppingLines(scored.result.lines) : [],
		listCriteria(db, assessment)
	);
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
			scored.ok && ruleset
				? {
						trede: (target) => solveNextRung(scored.input, ruleset, target),
						pso30plus: () => solveNextRung(scored.input, ruleset, 'pso-30plus')
					}
				: null
	});
}
