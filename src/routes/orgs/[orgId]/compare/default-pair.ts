/** What orders two assessments in time: their reference period, then which was made first. */
export interface Dated {
	id: string;
	periodStart: string;
	periodEnd: string;
	version: number;
}

function earlier(a: Dated, b: Dated): boolean {
	if (a.periodEnd !== b.periodEnd) return a.periodEnd < b.periodEnd;
	if (a.periodStart !== b.periodStart) return a.periodStart < b.periodStart;
	// Within one period the version numbers the assessments in the order they were made.
	return a.version < b.version;
}

/**
 * The comparison shown before the user picks: the two latest assessments (`choices` come latest
 * first, in the one order of records.ts), the earlier one as A, so "A → B" reads "then → now"
 * (issue 11). The one order puts a final one before a newer draft of its period, so the first
 * two are not always newest first.
 */
export function defaultPair(choices: readonly Dated[]): { a: string; b: string } {
	const [first, second] = choices;
	if (!first || !second) return { a: '', b: '' };
	return earlier(second, first) ? { a: second.id, b: first.id } : { a: first.id, b: second.id };
}
