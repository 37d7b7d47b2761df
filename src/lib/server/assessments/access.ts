import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { AccessLevel } from '../access';
import { AssessmentLockedError } from './state';
import { asActor } from '../audit';
import { getAssessment, type Assessment } from './records';
import { requireOrgAccess, type OrgAccess } from '../auth/guards';
import { getDb } from '../db';
import { findUserById } from '../users';

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

/**
 * The one answer to a change of an assessment that is final by now (a tab opened while it was
 * a draft): 409 with what happened and what to do, never "something went wrong". Actions
 * wrapped in `refuseWhenFinal` (./final-refusal.ts) show it beside their form, input kept.
 */
export function assessmentFinalError(assessment: Pick<Assessment, 'finalisedBy'> | null): never {
	const by = assessment?.finalisedBy ? findUserById(getDb(), assessment.finalisedBy) : null;
	error(409, {
		message: by
			? m.assessment_finalised_meanwhile_by({ who: by.email })
			: m.assessment_finalised_meanwhile(),
		code: 'assessment-final'
	});
}

/** For actions that change inputs: a final assessment answers 409, nothing is written. */
export function requireDraft(
	locals: App.Locals,
	params: { orgId: string; assessmentId: string }
): AssessmentAccess {
	const access = requireAssessment(locals, params, 'edit');
	if (access.assessment.status !== 'draft') assessmentFinalError(access.assessment);
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
			assessmentFinalError(null);
		}
		throw e;
	}
}
