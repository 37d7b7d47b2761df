import { explainResult, type ExplanationStep } from '$lib/pso/explain';
import type { Lang } from '$lib/pso/lang';
import { planBlockers, type PlanBlockers } from '$lib/pso/plan-blockers';
import {
	firstEvidenceExpiry,
	firstStop,
	nextReferencePeriodEnd,
	summariseAssessment,
	type RenewalSummary
} from '$lib/pso/renewal-summary';
import type { AssessmentResult } from '$lib/pso/result-schema';
import { getRuleset, listRulesets } from '$lib/pso/ruleset-registry';
import { stoppingLines, type StoppingLine } from '$lib/pso/stopping-lines';
import type { ValidationIssue } from '$lib/pso/validation-issues';
import { linesStoppingBefore, normsView, type NormView } from '$lib/results/result-view';
import { createHash } from 'node:crypto';
import { listCriteria } from './evidence';
import type { Assessment } from './records';
import { scoreStoredAssessment } from './scoring';
import type { Db } from '../db';

/**
 * Bump when what is cached, or the code that computes it (scoring, explanation, summary),
 * changes in a way old rows must not survive: it is part of every row's key.
 */
const OUTCOME_FORMAT = 'assessment-outcome/6';

function hashOf(rulesetId: string): string {
	return createHash('sha256')
		.update(OUTCOME_FORMAT)
		.update(rulesetId)
		.update(JSON.stringify(getRuleset(rulesetId)))
		.digest('base64url')
		.slice(0, 16);
}

/** The ruleset half of the cache key, per shipped ruleset: a corrected norm makes rows stale. */
export const rulesetHashes: Readonly<Record<string, string>> = Object.fromEntries(
	listRulesets().map((r) => [r.id, hashOf(r.id)])
);

export function rulesetHashFor(rulesetId: string): string {
	return rulesetHashes[rulesetId] ?? hashOf(rulesetId);
}

/** The result without its per-line rows: what overview, timeline and result page show. */
export type ResultSummary = Omit<AssessmentResult, 'lines'>;

/** What the result page shows besides the result and the explanation. */
export interface ResultPagePart {
	ruleset: { id: string; label: string; effectiveFrom: string };
	norms: NormView[];
	/** Lines that count now but stop before the end of the next reference year. */
	stopping: StoppingLine[];
	nextPeriodEnd: string;
	/** Criteria that hold the rung below what the numbers reach: the plan's first step. */
	blockers: PlanBlockers | null;
}

/** Every part of one assessment's outcome, as computed (and as one cache row holds it). */
export type OutcomeParts = {
	renewal: RenewalSummary;
} & (
	| {
			ok: true;
			result: ResultSummary;
			page: ResultPagePart;
			steps: Record<Lang, ExplanationStep[]>;
	  }
	| { ok: false; issues: ValidationIssue[] }
);

/**
 * Scores the assessment (a final one keeps its frozen result: scoring.ts) and derives every
 * page's part from that one scoring.
 */
export function computeOutcome(
	db: Db,
	assessment: Assessment,
	organisationName: string
): OutcomeParts {
	const criteria = listCriteria(db, assessment);
	const scored = scoreStoredAssessment(db, assessment, organisationName);
	const ruleset = getRuleset(assessment.rulesetId);
	if (!scored.ok || !ruleset) {
		return {
			ok: false,
			issues: scored.ok
				? [{ path: 'ruleset', code: 'unknown-ruleset', message: 'is not a known ruleset' }]
				: scored.issues,
			renewal: summariseAssessment(assessment.periodEnd, null, [], criteria)
		};
	}
	const { result, input, trace } = scored;
	const { lines: _lines, ...summary } = result;
	return {
		ok: true,
		result: summary,
		page: {
			ruleset: { id: ruleset.id, label: ruleset.label, effectiveFrom: ruleset.effectiveFrom },
			norms: normsView(result, ruleset),
			stopping: linesStoppingBefore(result, input),
			nextPeriodEnd: nextReferencePeriodEnd(input.period.end),
			blockers: planBlockers(result, input.qualitative)
		},
		steps: {
			nl: explainResult(input, ruleset, result, 'nl', { trace }),
			en: explainResult(input, ruleset, result, 'en', { trace })
		},
		renewal: summariseAssessment(
			assessment.periodEnd,
			summary,
			stoppingLines(result.lines),
			criteria
		)
	};
}

/** The cache row of these parts, as named parameters of assessment_outcomes' columns. */
export function outcomeRow(assessment: Assessment, parts: OutcomeParts): Record<string, unknown> {
	const { renewal } = parts;
	return {
		assessment_id: assessment.id,
		revision: assessment.revision,
		ruleset_hash: rulesetHashFor(assessment.rulesetId),
		rung: renewal.rung,
		total_pct: renewal.totalPct,
		aspirant: renewal.aspirant ? 1 : 0,
		pso30plus: renewal.pso30plus ? 1 : 0,
		first_stop: firstStop(renewal),
		next_period_end: renewal.nextPeriodEnd,
		first_evidence_expiry: firstEvidenceExpiry(renewal),
		likely_rung: renewal.likelyRung,
		rung_at_most: renewal.rungAtMost,
		pso30plus_possible: renewal.pso30plusPossible ? 1 : 0,
		result_json: parts.ok ? JSON.stringify(parts.result) : null,
		page_json: parts.ok ? JSON.stringify(parts.page) : null,
		steps_nl: parts.ok ? JSON.stringify(parts.steps.nl) : null,
		steps_en: parts.ok ? JSON.stringify(parts.steps.en) : null,
		renewal_json: JSON.stringify(renewal),
		issues_json: parts.ok ? null : JSON.stringify(parts.issues)
	};
}
