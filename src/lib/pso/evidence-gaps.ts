// A criterion marked "voldaan" with no evidence item is a claim an auditor cannot check
// (issue 10 item 3; contract §6.4 `evidence-missing`). The result page and report flag it, and
// finalising names it before asking for confirmation.
import type { QualitativeCriterion, QualitativeStatus } from './input-codes';

export function criteriaMetWithoutEvidence(
	criteria: readonly {
		criterion: QualitativeCriterion;
		status: QualitativeStatus;
		items: readonly unknown[];
	}[]
): QualitativeCriterion[] {
	return criteria.filter((c) => c.status === 'met' && c.items.length === 0).map((c) => c.criterion);
}
