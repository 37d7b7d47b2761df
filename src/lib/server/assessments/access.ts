import { error } from '@sveltejs/kit';
import type { AccessLevel } from '../access';
import { AssessmentLockedError } from './state';
import { asActor } from '../audit';
import { getAssessment, type Assessment } from './records';
import { requireOrgAccess, type OrgAccess } from '../auth/guards';
import { getDb } from '../db';

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

/**
 * Runs a write as `userId` (for the audit trail); a final assessment, refused by the app or by
 * the database triggers, becomes a 409 with nothing written.
 */
export function writeAs<T>(userId: string, write: () => T): T {
	try {
		return asActor(getDb(), userId, write);
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
