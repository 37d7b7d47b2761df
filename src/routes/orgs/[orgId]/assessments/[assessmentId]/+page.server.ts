import { fieldErrors } from '$lib/forms/field-errors';
import { requiredTextField } from '$lib/forms/form-readers';
import { m } from '$lib/paraglide/messages';
import { MAX_NAME_LENGTH } from '$lib/pso/assessment-defaults';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import { refuseWhenFinal } from '$lib/server/assessments/final-refusal';
import { resultOutcome } from '$lib/server/assessments/outcome';
import { criteriaMissingEvidence } from '$lib/server/assessments/progress';
import { scoreStoredAssessment } from '$lib/server/assessments/scoring';
import * as assessments from '$lib/server/assessments/records';
import type { Organisation } from '$lib/server/organisations';
import { getDb } from '$lib/server/db';
import { nowSeconds } from '$lib/server/clock';
import { setFlash } from '$lib/server/flash';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// A scenario name is free text: no BSN (issue 8 item 7).
const assessmentNameField = requiredTextField(MAX_NAME_LENGTH, 'name_required');

/** The confirm step before finalising: the criteria "voldaan" without evidence, or why it can't. */
function finaliseQuestion(assessment: assessments.Assessment, org: Organisation) {
	const db = getDb();
	if (!resultOutcome(db, assessment, org.name).ok) {
		return { confirm: 'finalise' as const, finaliseError: m.finalise_needs_valid_input() };
	}
	return {
		confirm: 'finalise' as const,
		withoutEvidence: criteriaMissingEvidence(db, assessment)
	};
}

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { assessment, role, organisation: org } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const canEdit = role !== 'viewer' && assessment.status === 'draft';
	// The confirm steps are page states reached by a link or a GET form, so they work without
	// JavaScript; the actions themselves still refuse a post without `confirmed=yes`.
	const asked = canEdit
		? url.searchParams.has('finalise')
			? finaliseQuestion(assessment, org)
			: url.searchParams.has('delete')
				? { confirm: 'delete' as const }
				: null
		: null;
	return {
		basedOn: assessment.basedOn
			? assessments.getAssessment(db, params.orgId, assessment.basedOn)
			: null,
		asked
	};
};

export const actions = refuseWhenFinal({
	rename: async ({ request, locals, params, cookies, url }) => {
		const { assessment, user } = requireDraft(locals, params);
		const typed = (await request.formData()).get('name') ?? '';
		const parsed = assessmentNameField.safeParse(typed);
		if (!parsed.success) {
			return fail(400, { renameError: fieldErrors(parsed.error)._form, name: String(typed) });
		}
		const name = parsed.data;
		writeAs(user.id, () => assessments.renameAssessment(getDb(), assessment, name, nowSeconds()));
		setFlash(cookies, url, { text: m.assessment_renamed({ name }), path: url.pathname });
		redirect(303, url.pathname);
	},
	// Never one click (issue 10 item 3, issue 11): a post without confirmed=yes only asks,
	// naming the criteria "voldaan" without evidence.
	finalise: async ({ request, locals, params, cookies, url }) => {
		const { assessment, user, organisation: org } = requireDraft(locals, params);
		const db = getDb();
		if ((await request.formData()).get('confirmed') !== 'yes') {
			const question = finaliseQuestion(assessment, org);
			return question.finaliseError ? fail(400, question) : question;
		}
		const scored = scoreStoredAssessment(db, assessment, org.name);
		if (!scored.ok)
			return fail(400, { confirm: null, finaliseError: m.finalise_needs_valid_input() });
		writeAs(user.id, () =>
			assessments.finaliseAssessment(
				db,
				assessment,
				scored.input,
				scored.result,
				user.id,
				nowSeconds()
			)
		);
		const result = `/orgs/${params.orgId}/assessments/${assessment.id}/result`;
		setFlash(cookies, url, {
			text: m.assessment_finalised({ name: assessment.name }),
			path: result
		});
		redirect(303, result);
	},
	newVersion: ({ locals, params, cookies, url }) => {
		const { assessment, user } = requireAssessment(locals, params, 'edit');
		if (assessment.status !== 'final')
			error(409, { message: 'Only a final assessment gets a new version' });
		const id = writeAs(user.id, () =>
			assessments.copyAssessment(getDb(), params.orgId, assessment.id, user.id, null, nowSeconds())
		);
		const next = `/orgs/${params.orgId}/assessments/${id}/organisation`;
		setFlash(cookies, url, {
			text: m.assessment_new_version_made({ name: assessment.name }),
			path: next
		});
		redirect(303, next);
	},
	delete: async ({ request, locals, params, cookies, url }) => {
		const { assessment, user } = requireDraft(locals, params);
		if ((await request.formData()).get('confirmed') !== 'yes')
			return { confirm: 'delete' as const };
		writeAs(user.id, () => assessments.deleteDraft(getDb(), assessment));
		const orgPage = `/orgs/${params.orgId}`;
		setFlash(cookies, url, { text: m.draft_deleted({ name: assessment.name }), path: orgPage });
		redirect(303, orgPage);
	}
} satisfies Actions);
