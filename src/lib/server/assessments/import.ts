import type { AssessmentInput } from '$lib/pso/assessment-schema';
import { newestRulesetId } from '$lib/pso/ruleset-registry';
import { addEvidence, saveCriteriaAndPlan } from './evidence';
import { importLines } from './lines';
import { addPurchases } from './purchases';
import { createAssessment, getAssessment, saveOrganisationFigures } from './records';
import { restoreFteBasis } from './staff';
import type { Db } from '../db';

const criteria = ['suitableWork', 'integration', 'development', 'guidance'] as const;

/**
 * A validated `pso-assessment/1` document becomes a new draft of this organisation (origin
 * 'import'), all in one transaction, named for the document's scenario, else `fallbackName`.
 * The file's organisation name is not used: it is imported into this one (the import page
 * asks first when the file names another, see `namesAnotherOrganisation`).
 */
export function importAssessmentDocument(
	db: Db,
	organisationId: string,
	userId: string,
	doc: AssessmentInput,
	fallbackName: string,
	now: number
): string {
	return db
		.transaction(() => {
			const id = createAssessment(
				db,
				organisationId,
				userId,
				{
					name: doc.scenario ?? fallbackName,
					periodStart: doc.period.start,
					periodEnd: doc.period.end,
					rulesetId: doc.ruleset ?? newestRulesetId,
					fulltimeHours: doc.organisation?.fulltimeHours ?? 40
				},
				now,
				'import'
			);
			const assessment = getAssessment(db, organisationId, id)!;
			saveOrganisationFigures(
				db,
				assessment,
				{
					totalFte: doc.totalFte,
					headcount: doc.organisation?.headcount ?? null,
					fulltimeHours: doc.organisation?.fulltimeHours ?? 40,
					monthsActive: doc.organisation?.monthsActive ?? 12
				},
				now
			);
			restoreFteBasis(db, assessment, doc.organisation?.fteBasis, doc.totalFte);
			const imported = importLines(db, assessment, doc.targetGroup ?? [], 'replace');
			// The import page checks the line limit before parsing; this keeps it all-or-nothing
			// for any other caller.
			if (!imported.ok)
				throw new RangeError('the document has more lines than an assessment may hold');
			addPurchases(db, assessment, doc.purchases ?? []);
			saveCriteriaAndPlan(
				db,
				assessment,
				{
					criteria: criteria.map((criterion) => ({
						criterion,
						status: doc.qualitative?.[criterion] ?? 'unknown',
						note: doc.evidence?.[criterion]?.note ?? null
					})),
					plan: {
						adopted: doc.actionPlan?.adopted ?? false,
						smart: doc.actionPlan?.smart ?? false,
						started: doc.actionPlan?.started ?? false,
						targetRung: doc.actionPlan?.targetRung ?? null,
						note: doc.actionPlan?.note ?? null
					}
				},
				now
			);
			addEvidence(
				db,
				assessment,
				criteria.flatMap((criterion) =>
					(doc.evidence?.[criterion]?.items ?? []).map((item) => ({
						criterion,
						document: item.document,
						holder: item.holder ?? null,
						validUntil: item.validUntil ?? null
					}))
				),
				now
			);
			return id;
		})
		.immediate();
}

/** Spaces and case do not make another organisation: "Bakkerij  de Vries" is "bakkerij de vries". */
function comparableName(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/**
 * The organisation the file names when it is not this one; null when it names none or this one.
 * The file records only a name (`organisation.name`), so the name is what is compared.
 */
export function namesAnotherOrganisation(
	doc: Pick<AssessmentInput, 'organisation'>,
	organisationName: string
): string | null {
	const named = doc.organisation?.name?.trim();
	if (!named) return null;
	return comparableName(named) === comparableName(organisationName) ? null : named;
}
