import { figuresFromForm } from '$lib/forms/assessment-forms';
import { getLocale } from '$lib/paraglide/runtime';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import * as assessments from '$lib/server/assessments/records';
import { getDb } from '$lib/server/db';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/clock';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	requireAssessment(locals, params, 'view');
};

export const actions = {
	default: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const figures = figuresFromForm(form, getLocale());
		if (!figures.ok) return failForm(400, form, figures.errors);
		writeAs(user.id, () =>
			assessments.saveOrganisationFigures(getDb(), assessment, figures.value, nowSeconds())
		);
		if (form.get('next'))
			redirect(303, `/orgs/${params.orgId}/assessments/${params.assessmentId}/workforce`);
		return { saved: true };
	}
} satisfies Actions;
