import { m } from '$lib/paraglide/messages';

export type AssessmentStatus = 'draft' | 'final';

/** "Concept" / "Definitief": the one place an assessment's status becomes text. */
export function assessmentStatusLabel(status: AssessmentStatus): string {
	return status === 'final' ? m.status_final() : m.status_draft();
}
