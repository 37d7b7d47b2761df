import type { AssessmentInput } from '$lib/pso/assessment-schema';
import { listCriteria } from './evidence';
import { listLines } from './lines';
import { listPurchases } from './purchases';
import { finalInput, type Assessment } from './records';
import { documentFteBasis } from './staff';
import type { Db } from '../db';

/**
 * The assessment as a `pso-assessment/1` document: what the engine scores, what export writes
 * and what import reads. Absent values are left out rather than written as null, so an
 * export → import → export round trip is byte-identical.
 */
export function buildAssessmentDocument(
	db: Db,
	assessment: Assessment,
	organisationName: string
): AssessmentInput {
	const criteria = listCriteria(db, assessment);
	const organisation: AssessmentInput['organisation'] = {
		name: organisationName,
		fulltimeHours: assessment.fulltimeHours
	};
	if (assessment.monthsActive !== null) organisation.monthsActive = assessment.monthsActive;
	if (assessment.headcount !== null) organisation.headcount = assessment.headcount;
	const fteBasis = documentFteBasis(db, assessment);
	if (fteBasis) organisation.fteBasis = fteBasis;

	const doc: AssessmentInput = {
		format: 'pso-assessment/1',
		ruleset: assessment.rulesetId,
		scenario: assessment.name,
		period: { start: assessment.periodStart, end: assessment.periodEnd },
		organisation,
		// Not yet entered: 0 makes the file fail validation with a clear message on totalFte.
		totalFte: assessment.totalFte ?? 0,
		targetGroup: listLines(db, assessment),
		purchases: listPurchases(db, assessment).map(({ rowId: _rowId, ...p }) => p),
		qualitative: Object.fromEntries(criteria.map((c) => [c.criterion, c.status])),
		actionPlan: {
			adopted: assessment.plan.adopted,
			smart: assessment.plan.smart,
			started: assessment.plan.started,
			...(assessment.plan.targetRung ? { targetRung: assessment.plan.targetRung } : {}),
			...(assessment.plan.note ? { note: assessment.plan.note } : {})
		},
		evidence: Object.fromEntries(
			criteria.map((c) => [
				c.criterion,
				{
					...(c.note ? { note: c.note } : {}),
					items: c.items.map((i) => ({
						document: i.document,
						...(i.holder ? { holder: i.holder } : {}),
						...(i.validUntil ? { validUntil: i.validUntil } : {})
					}))
				}
			])
		)
	};
	return doc;
}

/**
 * The document an assessment stands for: a final one's inputs exactly as finalised, a
 * draft's current inputs (which may not validate yet).
 */
export function assessmentDocument(
	db: Db,
	assessment: Assessment,
	organisationName: string
): unknown {
	return assessment.status === 'final'
		? finalInput(db, assessment)
		: buildAssessmentDocument(db, assessment, organisationName);
}
