// What tells an organisation's assessments apart (issue 11 item 4, migration 019): a version
// number within the reference period, how it was made, the assessment it came from, and when it
// last changed. One definition for every list that names assessments.

/**
 * How an assessment was made (migration 019): empty, from a previous one ("start from"), as the
 * next version of a final one, or from a pso-assessment/1 file.
 */
export type AssessmentOrigin = 'new' | 'copy' | 'new-version' | 'import';

/** The assessment another one was copied from, while it still exists. */
export interface AssessmentSource {
	id: string;
	name: string;
	version: number;
}

/** What tells assessments of one period apart on every list (issue 11 item 4). */
export interface AssessmentLineage {
	/** Numbers the organisation's assessments of one reference period, in creation order. */
	version: number;
	origin: AssessmentOrigin;
	source: AssessmentSource | null;
	/** The last change to the assessment or any of its rows (migration 019). */
	changedAt: number;
}

export interface LineageRow {
	based_on: string | null;
	updated_at: number;
	version: number;
	origin: AssessmentOrigin;
	changed_at: number;
	source_name: string | null;
	source_version: number | null;
}

/** The columns `toLineage` reads, from `fromWithSource`. */
export const lineageColumns = `a.based_on, a.updated_at, a.version, a.origin,
	coalesce(a.changed_at, a.updated_at) AS changed_at, s.name AS source_name,
	s.version AS source_version`;

/** The organisation's assessments as `a`, each with its source (if it still exists) as `s`. */
export const fromWithSource = 'FROM assessments a LEFT JOIN assessments s ON s.id = a.based_on';

export function toLineage(r: LineageRow): AssessmentLineage {
	return {
		version: r.version,
		origin: r.origin,
		source:
			r.based_on !== null && r.source_name !== null && r.source_version !== null
				? { id: r.based_on, name: r.source_name, version: r.source_version }
				: null,
		// The trigger's clock and the app's `now` may differ; the later one is the last change.
		changedAt: Math.max(r.changed_at, r.updated_at)
	};
}
