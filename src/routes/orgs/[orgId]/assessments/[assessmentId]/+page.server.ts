import { fieldErrors } from '$lib/forms/field-errors';
import { requiredTextField } from '$lib/forms/form-readers';
import { m } from '$lib/paraglide/messages';
import { MAX_NAME_LENGTH } from '$lib/pso/assessment-defaults';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import { resultOutcome } from '$lib/server/assessments/outcome';
import { criteriaMissingEvidence } from '$lib/server/assessments/progress';
import { scoreStoredAssessment } from '$lib/server/assessments/scoring';
import * as assessments from '$lib/server/assessments/records';
import { getDb } from '$lib/server/db';
import { nowSeconds } from '$lib/server/clock';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// A scenario name is free text: no BSN (issue 8 item 7).
const assessmentNameField = requiredTextField(MAX_NAME_LENGTH, 'name_required');

export const load: PageServerLoad = ({ locals, params }) => {
	const { assessment } = requireAssessment(locals, params, 'view');
	const db = getDb();
	return {
		basedOn: assessment.basedOn
			? assessments.getAssessment(db, params.orgId, assessment.basedOn)
			: null
	};
};

export const actions = {
	rename: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const typed = (await request.formData()).get('name') ?? '';
		const parsed = assessmentNameField.safeParse(typed);
		if (!parsed.success) {
			return fail(400, { renameError: fieldErrors(parsed.error)._form, name: String(typed) });
		}
		const name = parsed.data;
		writeAs(user.id, () => assessments.renameAssessment(getDb(), assessment, name, nowSeconds()));
		return { renamed: true };
	},
	// Never one click (issue 10 item 3, issue 11): the first post asks, naming the criteria
	// "voldaan" without evidence; only a post with confirm=1 finalises.
	finalise: async ({ request, locals, params }) => {
		const { assessment, user, organisation: org } = requireDraft(locals, params);
		const db = getDb();
		const confirmed = (await request.formData()).get('confirm') === '1';
		if (!confirmed) {
			if (!resultOutcome(db, assessment, org.name).ok) {
				return fail(400, { finaliseError: m.finalise_needs_valid_input() });
			}
			return {
				confirmFinalise: true,
				withoutEvidence: criteriaMissingEvidence(db, assessment)
			};
		}
		const scored = scoreStoredAssessment(db, assessment, org.name);
		if (!scored.ok) return fail(400, { finaliseError: m.finalise_needs_valid_input() });
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
		redirect(303, `/orgs/${params.orgId}/assessments/${assessment.id}/result`);
	},
	newVersion: ({ locals, params }) => {
		const { assessment, user } = requireAssessment(locals, params, 'edit');
		if (assessment.status !== 'final')
			error(409, { message: 'Only a final assessment gets a new version' });
		const id = writeAs(user.id, () =>
			assessments.copyAssessment(getDb(), params.orgId, assessment.id, user.id, null, nowSeconds())
		);
		redirect(303, `/orgs/${params.orgId}/assessments/${id}/organisation`);
	},
	delete: ({ locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		writeAs(user.id, () => assessments.deleteDraft(getDb(), assessment));
		redirect(303, `/orgs/${params.orgId}`);
	}
} satisfies Actions;
