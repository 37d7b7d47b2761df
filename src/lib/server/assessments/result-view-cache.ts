import { explainResult, type ExplanationStep } from '$lib/pso/explain';
import type { Lang } from '$lib/pso/lang';
import {
	nextReferencePeriodEnd,
	stoppingLines,
	type StoppingLine
} from '$lib/pso/renewal-readiness';
import type { AssessmentResult } from '$lib/pso/result-schema';
import { getRuleset } from '$lib/pso/ruleset-registry';
import type { ValidationIssue } from '$lib/pso/validation-issues';
import { scoreStoredAssessment } from './scoring';
import type { Assessment } from './records';
import { writeCacheIfPossible } from '../cache-write';
import type { Db } from '../db';
import { linesStoppingBefore, normsView, type NormView } from '$lib/results/result-view';

export type ResultSummary = Omit<AssessmentResult, 'lines'>;

export interface ResultView {
	result: ResultSummary;
	ruleset: { id: string; label: string; effectiveFrom: string };
	steps: Record<Lang, ExplanationStep[]>;
	norms: NormView[];
	/** Every line that counts on the period end and has a window end, earliest first. */
	stoppingLines: StoppingLine[];
	/** Of those, the ones that stop before the end of the next reference year. */
	stopping: StoppingLine[];
	nextPeriodEnd: string;
}

export type ResultViewOutcome =
	{ ok: true; view: ResultView } | { ok: false; issues: ValidationIssue[] };

function computeView(db: Db, assessment: Assessment, organisationName: string): ResultViewOutcome {
	const scored = scoreStoredAssessment(db, assessment, organisationName);
	const ruleset = getRuleset(assessment.rulesetId);
	if (!scored.ok) return { ok: false, issues: scored.issues };
	if (!ruleset)
		return {
			ok: false,
			issues: [{ path: 'ruleset', code: 'unknown-ruleset', message: 'is not a known ruleset' }]
		};
	const { result, input, trace } = scored;
	const { lines: _lines, ...summary } = result;
	return {
		ok: true,
		view: {
			result: summary,
			ruleset: { id: ruleset.id, label: ruleset.label, effectiveFrom: ruleset.effectiveFrom },
			steps: {
				nl: explainResult(input, ruleset, result, 'nl', { trace }),
				en: explainResult(input, ruleset, result, 'en', { trace })
			},
			norms: normsView(result, ruleset),
			stoppingLines: stoppingLines(result.lines),
			stopping: linesStoppingBefore(result, input),
			nextPeriodEnd: nextReferencePeriodEnd(input.period.end)
		}
	};
}

/**
 * The scored view of an assessment, computed once per revision: reading and validating
 * thousands of lines on every view of the result page would dominate its time. The
 * revision moves with every change (migration 006), so a cached view is never stale. A view
 * that cannot be cached (another process holds the lock) is served all the same.
 */
export function resultViewFor(
	db: Db,
	assessment: Assessment & { revision: number },
	organisationName: string
): ResultViewOutcome {
	const row = db
		.prepare('SELECT payload FROM result_cache WHERE assessment_id = ? AND revision = ?')
		.get(assessment.id, assessment.revision) as { payload: string } | undefined;
	if (row) return { ok: true, view: JSON.parse(row.payload) as ResultView };
	const outcome = computeView(db, assessment, organisationName);
	if (outcome.ok) {
		writeCacheIfPossible(db, 'result view', () =>
			db
				.prepare(
					`INSERT INTO result_cache (assessment_id, revision, payload) VALUES (?, ?, ?)
					 ON CONFLICT (assessment_id) DO UPDATE SET revision = excluded.revision, payload = excluded.payload`
				)
				.run(assessment.id, assessment.revision, JSON.stringify(outcome.view))
		);
	}
	return outcome;
}

/** Derived data is rebuilt by the running engine version: emptied at every start. */
export function clearResultCache(db: Db): void {
	db.prepare('DELETE FROM result_cache').run();
}
