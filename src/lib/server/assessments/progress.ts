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

/** What is still missing before the result means anything, per step. */
export function assessmentProgress(db: Db, assessment: Assessment): Progress {
	const lineCount = countLines(db, assessment.id);
	const { purchases, unknown, withoutEvidence } = db
		.prepare(
			`SELECT
			   (SELECT count(*) FROM assessment_purchases WHERE assessment_id = $id) AS purchases,
			   (SELECT count(*) FROM assessment_criteria WHERE assessment_id = $id AND status = 'unknown') AS unknown,
			   (SELECT count(*) FROM assessment_criteria c WHERE c.assessment_id = $id AND c.status IN ('met', 'partial')
			      AND NOT EXISTS (SELECT 1 FROM assessment_evidence e WHERE e.assessment_id = $id AND e.criterion = c.criterion)
			   ) AS withoutEvidence`
		)
		.get({ id: assessment.id }) as { purchases: number; unknown: number; withoutEvidence: number };

	const missing: MissingCode[] = [];
	if (assessment.totalFte === null) missing.push('total-fte');
	if (assessment.monthsActive === null) missing.push('months-active');
	if (assessment.headcount === null) missing.push('headcount');
	if (lineCount === 0) missing.push('no-lines');
	if (unknown > 0) missing.push('criteria-unknown');
	if (withoutEvidence > 0) missing.push('evidence-missing');

	return {
		steps: [
			{
				step: 'organisation',
				complete: assessment.totalFte !== null && assessment.monthsActive !== null,
				optional: false
			},
			{ step: 'workforce', complete: lineCount > 0, optional: false },
			{ step: 'purchases', complete: purchases > 0, optional: true },
			{ step: 'evidence', complete: unknown === 0 && withoutEvidence === 0, optional: false }
		],
		missing,
		lineCount,
		purchaseCount: purchases
	};
}
