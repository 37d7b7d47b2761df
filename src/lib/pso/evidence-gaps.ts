// A criterion marked "voldaan" with no evidence item is a claim an auditor cannot check
// (issue 10 item 3; docs/scoring-rules.md §6.4 and §6.6 item 7, `evidence-missing`).
// This is the one rule for it: the engine's `evidenceMissing` comes from here, and so do the
// result page, the report, the finalise question, the step indicator and the renewal panel.
// Where older code counted more, §6.6 item 7 decides:
// - only a `met` criterion can lack evidence; "deels voldaan" is a gap of its own kind
//   (it keeps every trede out of reach, §3.12), not missing evidence;
// - any item counts, also one whose validUntil has passed ("has no items"); an item that
//   lapses before the audit is the renewal panel's own list (pso-method §10);
// - an item always has a document name (the schema and the database refuse an empty one),
//   so there is no "item without a reference" to tell apart.
import {
	qualitativeCriteria,
	type QualitativeCriterion,
	type QualitativeStatus
} from './input-codes';

/** What the rule reads of an assessment file (`AssessmentInput` fits it). */
export interface EvidenceClaims {
	qualitative?: Partial<Record<QualitativeCriterion, QualitativeStatus | null>> | null;
	evidence?: Partial<
		Record<QualitativeCriterion, { items?: readonly unknown[] | null } | undefined>
	> | null;
}

/**
 * §6.4, §6.6 item 7: with an `evidence` object, each `met` criterion that is absent from it or
 * has no items, in the criteria's fixed order; without one, nothing (the file does not track
 * evidence).
 */
export function evidenceMissing(input: EvidenceClaims): QualitativeCriterion[] {
	const evidence = input.evidence;
	if (evidence === null || evidence === undefined) return [];
	return qualitativeCriteria.filter(
		(criterion) =>
			input.qualitative?.[criterion] === 'met' && (evidence[criterion]?.items?.length ?? 0) === 0
	);
}

/**
 * The same rule for the criteria as the app stores them: every stored assessment tracks
 * evidence (its document always carries an `evidence` object, document.ts), so this is what the
 * engine reports for it.
 */
export function criteriaMetWithoutEvidence(
	criteria: readonly {
		criterion: QualitativeCriterion;
		status: QualitativeStatus;
		items: readonly unknown[];
	}[]
): QualitativeCriterion[] {
	return evidenceMissing({
		qualitative: Object.fromEntries(criteria.map((c) => [c.criterion, c.status])),
		evidence: Object.fromEntries(criteria.map((c) => [c.criterion, { items: c.items }]))
	});
}
