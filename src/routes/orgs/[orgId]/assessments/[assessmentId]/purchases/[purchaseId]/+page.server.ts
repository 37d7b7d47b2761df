import { refuseWhenFinal } from '$lib/server/assessments/final-refusal';
import { purchaseFromForm } from '$lib/forms/assessment-forms';
import { listSearch, parsePurchaseQuery } from '$lib/forms/list-query';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import * as purchases from '$lib/server/assessments/purchases';
import { getDb } from '$lib/server/db';
import { setFlash } from '$lib/server/flash';
import { failForm } from '$lib/server/form-errors';
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { assessment } = requireAssessment(locals, params, 'view');
	const found = purchases.getPurchase(getDb(), assessment, params.purchaseId);
	if (!found) error(404, { message: 'Not found' });
	// The list view the editor came from (page, search), to go back to.
	return { purchase: found.purchase, back: listSearch(parsePurchaseQuery(url.searchParams)) };
};

// A stale tab's change of an assessment finalised meanwhile comes back beside the form (409).
export const actions = refuseWhenFinal({
	default: async ({ request, locals, params, url, cookies }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const purchase = purchaseFromForm(form, getLocale());
		if (!purchase.ok) return failForm(400, form, purchase.errors);
		const saved = writeAs(user.id, () =>
			purchases.updatePurchase(getDb(), assessment, params.purchaseId, purchase.value)
		);
		if (!saved) error(404, { message: 'Not found' });
		const list = `/orgs/${params.orgId}/assessments/${params.assessmentId}/purchases`;
		setFlash(cookies, url, {
			text: m.purchase_saved({ supplier: purchase.value.supplier }),
			path: list
		});
		redirect(303, `${list}${listSearch(parsePurchaseQuery(url.searchParams))}`);
	}
} satisfies Actions);
