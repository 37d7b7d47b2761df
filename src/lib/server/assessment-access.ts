import { error } from '@sveltejs/kit';
import type { AccessLevel } from './access';
import { AssessmentLockedError } from './assessment-state';
import { getAssessment, type Assessment } from './assessments';
import { requireOrgAccess, type OrgAccess } from './auth/guards';
import { getDb } from './db';

export interface AssessmentAccess extends OrgAccess {
	assessment: Assessment;
}

/**
 * Organisation access first (404 for strangers), then the assessment within that
 * organisation only, so an id from another organisation is "not found" too.
 */
export function requireAssessment(
	locals: App.Locals,
	params: { orgId: string; assessmentId: string },
	level: AccessLevel
): AssessmentAccess {
	const access = requireOrgAccess(locals, params.orgId, level);
	const assessment = getAssessment(getDb(), params.orgId, params.assessmentId);
	if (!assessment) error(404, { message: 'Not found' });
	return { ...access, assessment };
}

/** For actions that change inputs: a final assessment answers 409, nothing is written. */
export function requireDraft(
	locals: App.Locals,
	params: { orgId: string; assessmentId: string }
): AssessmentAccess {
	const access = requireAssessment(locals, params, 'edit');
	if (access.assessment.status !== 'draft') error(409, { message: 'Assessment is final' });
	return access;
}

/** Runs a write; a final assessment (caught by the database triggers too) becomes a 409. */
export function lockedAsConflict<T>(write: () => T): T {
	try {
		return write();
	} catch (e) {
		if (
			e instanceof AssessmentLockedError ||
			(e instanceof Error && /assessment is final/.test(e.message))
		) {
			error(409, { message: 'Assessment is final' });
		}
		throw e;
	}
}
