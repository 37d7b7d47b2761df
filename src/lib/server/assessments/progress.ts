import { criteriaMetWithoutEvidence } from '$lib/pso/evidence-gaps';
import type { QualitativeCriterion } from '$lib/pso/input-codes';
import { listCriteria } from './evidence';
import type { Assessment } from './records';
import { countLines } from './lines';
import type { Db } from '../db';

export type StepId = 'organisation' | 'workforce' | 'purchases' | 'evidence';
export type MissingCode =
	| 'total-fte'
	| 'months-active'
	| 'headcount'
	| 'no-lines'
	| 'criteria-unknown'
	| 'evidence-missing';

export interface StepProgress {
	step: StepId;
	complete: boolean;
	optional: boolean;
}

export interface Progress {
	steps: StepProgress[];
	missing: MissingCode[];
	lineCount: number;
	purchaseCount: number;
}

/**
 * The criteria "voldaan" without evidence, as the engine reports them for this assessment
 * (docs/scoring-rules.md §6.4): what the result page, the report and the finalise question name.
 */
export function criteriaMissingEvidence(
	db: Db,
	assessment: Pick<Assessment, 'id'>
): QualitativeCriterion[] {
	return criteriaMetWithoutEvidence(listCriteria(db, assessment));
}

/** What is still missing before the result means anything, per step. */
export function assessmentProgress(db: Db, assessment: Assessment): Progress {
	const lineCount = countLines(db, assessment.id);
	const { purchases } = db
		.prepare('SELECT count(*) AS purchases FROM assessment_purchases WHERE assessment_id = $id')
		.get({ id: assessment.id }) as { purchases: number };
	const criteria = listCriteria(db, assessment);
	const unknown = criteria.some((c) => c.status === 'unknown');
	// §6.4, §6.6 item 7: only a criterion "voldaan" lacks evidence. This step used to ask for
	// evidence of a "deels voldaan" criterion too, so the overview and the result page
	// disagreed; a partial criterion shows as the blocker in the plan instead (§3.12).
	const withoutEvidence = criteriaMetWithoutEvidence(criteria).length > 0;

	const missing: MissingCode[] = [];
	if (assessment.totalFte === null) missing.push('total-fte');
	if (assessment.monthsActive === null) missing.push('months-active');
	if (assessment.headcount === null) missing.push('headcount');
	if (lineCount === 0) missing.push('no-lines');
	if (unknown) missing.push('criteria-unknown');
	if (withoutEvidence) missing.push('evidence-missing');

	return {
		steps: [
			{
				step: 'organisation',
				complete: assessment.totalFte !== null && assessment.monthsActive !== null,
				optional: false
			},
			{ step: 'workforce', complete: lineCount > 0, optional: false },
			{ step: 'purchases', complete: purchases > 0, optional: true },
			{ step: 'evidence', complete: !unknown && !withoutEvidence, optional: false }
		],
		missing,
		lineCount,
		purchaseCount: purchases
	};
}
