// Explanation of a result: ordered steps a person can follow, in Dutch or English, built
// from the numbers the engine produced (the result and its trace), never recomputed.
// Also the public home of the labels the explanation prints, which the app shows too.
import type { AssessmentInput } from './assessment-schema';
import { contributionSteps } from './explain-contribution';
import { outcomeSteps } from './explain-outcome';
import { explainContext, type ExplanationStep } from './explanation-step';
import type { Lang } from './lang';
import type { AssessmentResult } from './result-schema';
import type { Ruleset } from './ruleset-schema';
import { evaluateAssessment, type ScoreOptions, type ScoreTrace } from './score';

export type { ExplanationStep, ExplanationCode, ExplanationSection } from './explanation-step';
export { explanationSectionLabels, explanationSections } from './explanation-step';
export type { Lang } from './lang';
export { warningText } from './warning-texts';
export { rungLabel, qualitativeCriterionLabel, qualitativeStatusLabel } from './rung-texts';
export type { RungLabelCode } from './rung-texts';
export { positionLabel } from './position-texts';
export { contractLabel, purchaseKindLabel } from './contract-texts';
export { ineligibleReasonText, aspirantMissingText, pso30plusReasonText } from './reason-texts';
export { disclaimerText } from './disclaimer';

export interface ExplainOptions extends ScoreOptions {
	/** The trace from `evaluateAssessment`; computed by the engine when absent. */
	trace?: ScoreTrace;
}

/**
 * Steps from ruleset and period through lines, contribution, norms and rung to the
 * statuses, the next-rung plan and the warnings. `result` must be the engine's result for
 * this input and ruleset (with the same options).
 */
export function explainResult(
	input: AssessmentInput,
	ruleset: Ruleset,
	result: AssessmentResult,
	lang: Lang,
	options: ExplainOptions = {}
): ExplanationStep[] {
	if (result.ruleset !== ruleset.id) {
		throw new Error(`Result was scored with ruleset ${result.ruleset}, not ${ruleset.id}`);
	}
	const trace = options.trace ?? evaluateAssessment(input, ruleset, options).trace;
	const context = explainContext(input, ruleset, result, trace, lang);
	return [...contributionSteps(context), ...outcomeSteps(context)];
}
