import {
	parseAssessment,
	type AssessmentInput,
	type ValidationIssue
} from '$lib/pso/assessment-schema';
import type { AssessmentResult } from '$lib/pso/result-schema';
import { getRuleset } from '$lib/pso/ruleset-registry';
import { evaluateAssessment, type ScoreTrace } from '$lib/pso/score';
import { assessmentDocument } from './document';
import type { Assessment } from './records';
import type { Db } from '../db';

export type Scored =
	| { ok: true; input: AssessmentInput; result: AssessmentResult; trace: ScoreTrace }
	| { ok: false; input: unknown; issues: ValidationIssue[] };

/**
 * The assessment's result. A draft is scored now from its current inputs; a final one
 * re-explains the stored inputs, and its stored result stays the one shown.
 */
export function scoreStoredAssessment(
	db: Db,
	assessment: Assessment,
	organisationName: string
): Scored {
	const document = assessmentDocument(db, assessment, organisationName);
	const parsed = parseAssessment(document);
	if (!parsed.ok) return { ok: false, input: document, issues: parsed.issues };
	const ruleset = getRuleset(assessment.rulesetId);
	if (!ruleset) {
		return {
			ok: false,
			input: document,
			issues: [{ path: 'ruleset', code: 'unknown-ruleset', message: 'is not a known ruleset' }]
		};
	}
	const { result, trace } = evaluateAssessment(parsed.value, ruleset);
	return {
		ok: true,
		input: parsed.value,
		result: assessment.finalResult ?? result,
		trace
	};
}
