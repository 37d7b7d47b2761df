import { purchaseFromForm } from '$lib/forms/assessment-forms';
import { getLocale } from '$lib/paraglide/runtime';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import * as purchases from '$lib/server/assessments/purchases';
import { getDb } from '$lib/server/db';
import { failForm } from '$lib/server/form-errors';
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { assessment } = requireAssessment(locals, params, 'view');
	const purchase = purchases
		.listPurchases(getDb(), assessment)
		.find((p) => p.rowId === params.purchaseId);
	if (!purchase) error(404, { message: 'Not found' });
	return { purchase };
};

export const actions = {
	default: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const purchase = purchaseFromForm(form, getLocale());
		if (!purchase.ok) return failForm(400, form, purchase.errors);
		const saved = writeAs(user.id, () =>
			purchases.updatePurchase(getDb(), assessment, params.purchaseId, purchase.value)
		);
		if (!saved) error(404, { message: 'Not found' });
		redirect(303, `/orgs/${params.orgId}/assessments/${params.assessmentId}/purchases`);
	}
} satisfies Actions;
