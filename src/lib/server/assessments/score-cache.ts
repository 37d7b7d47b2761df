import { listRulesets, getRuleset } from '$lib/pso/ruleset-registry';
import {
	firstEvidenceExpiry,
	firstStop,
	stoppingLines,
	summariseAssessment,
	type RenewalSummary
} from '$lib/pso/renewal-readiness';
import { createHash } from 'node:crypto';
import { listCriteria } from './evidence';
import { getAssessment, type Assessment } from './records';
import type { Db } from '../db';
import { resultViewFor } from './result-view-cache';

/** Bump when RenewalSummary or the way it is computed changes. */
const SUMMARY_FORMAT = 'renewal-summary/1';

/**
 * Identifies what a cached row was computed with: the summary format and the content of every
 * shipped ruleset, so a corrected norm or weight makes old rows stale without a migration.
 */
export const scorerVersion: string = createHash('sha256')
	.update(SUMMARY_FORMAT)
	.update(JSON.stringify(listRulesets().map((r) => getRuleset(r.id))))
	.digest('base64url')
	.slice(0, 16);

/**
 * How "the latest assessment" of an organisation is chosen, everywhere: the newest reference
 * period; within it a final one before drafts (a what-if draft does not override what was
 * finalised), then the most recently finalised or saved.
 */
export const latestAssessmentOrder = `period_end DESC, status = 'final' DESC,
	coalesce(finalised_at, updated_at) DESC, id`;

/** What renewal readiness needs of an assessment: finals as stored, drafts from the result cache. */
export function summariseStoredAssessment(
	db: Db,
	assessment: Assessment,
	organisationName: string
): RenewalSummary {
	const criteria = listCriteria(db, assessment);
	if (assessment.finalResult) {
		const result = assessment.finalResult;
		return summariseAssessment(assessment.periodEnd, result, stoppingLines(result.lines), criteria);
	}
	// A draft's score comes from the result page's cache (one scoring per revision).
	const view = resultViewFor(db, assessment, organisationName);
	return view.ok
		? summariseAssessment(assessment.periodEnd, view.view.result, view.view.stoppingLines, criteria)
		: summariseAssessment(assessment.periodEnd, null, [], criteria);
}

export interface StaleAssessment {
	assessmentId: string;
	organisationId: string;
	organisationName: string;
}

/**
 * (Re)computes the cached summaries of these assessments, in one transaction so a batch of
 * inserts is one disk sync and no edit can slip between reading the inputs and writing.
 */
export function refreshScoreCache(db: Db, stale: readonly StaleAssessment[], now: number): void {
	const upsert = db.prepare(
		`INSERT INTO assessment_score_cache (assessment_id, updated_at, scorer, rung, total_pct,
		   aspirant, pso30plus, first_stop, next_period_end, first_evidence_expiry, summary_json,
		   computed_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		 ON CONFLICT (assessment_id) DO UPDATE SET updated_at = excluded.updated_at,
		   scorer = excluded.scorer, rung = excluded.rung, total_pct = excluded.total_pct,
		   aspirant = excluded.aspirant, pso30plus = excluded.pso30plus,
		   first_stop = excluded.first_stop, next_period_end = excluded.next_period_end,
		   first_evidence_expiry = excluded.first_evidence_expiry,
		   summary_json = excluded.summary_json, computed_at = excluded.computed_at`
	);
	db.transaction(() => {
		for (const item of stale) {
			const assessment = getAssessment(db, item.organisationId, item.assessmentId);
			if (!assessment) continue;
			const summary = summariseStoredAssessment(db, assessment, item.organisationName);
			upsert.run(
				assessment.id,
				assessment.updatedAt,
				scorerVersion,
				summary.rung,
				summary.totalPct,
				summary.aspirant ? 1 : 0,
				summary.pso30plus ? 1 : 0,
				firstStop(summary),
				summary.nextPeriodEnd,
				firstEvidenceExpiry(summary),
				JSON.stringify(summary),
				now
			);
		}
	}).immediate();
}
