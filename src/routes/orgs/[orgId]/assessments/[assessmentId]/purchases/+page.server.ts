import { purchaseFromForm } from '$lib/forms/assessment-forms';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { purchaseIndirectFte } from '$lib/pso/contribution';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import * as purchases from '$lib/server/assessments/purchases';
import { getDb } from '$lib/server/db';
import { failForm } from '$lib/server/form-errors';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { assessment } = requireAssessment(locals, params, 'view');
	const list = purchases.listPurchases(getDb(), assessment);
	return {
		purchases: list.map((p) => ({ ...p, indirectFte: purchaseIndirectFte(p) })),
		totalIndirectFte: list.reduce((sum, p) => sum + purchaseIndirectFte(p), 0)
	};
};

export const actions = {
	add: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const purchase = purchaseFromForm(form, getLocale());
		if (!purchase.ok) return failForm(400, form, purchase.errors);
		writeAs(user.id, () => purchases.addPurchases(getDb(), assessment, [purchase.value]));
		return { added: purchase.value.supplier };
	},
	delete: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const rowId = String((await request.formData()).get('purchaseId') ?? '');
		if (!writeAs(user.id, () => purchases.deletePurchase(getDb(), assessment, rowId))) {
			return fail(404, { deleteError: m.purchase_not_found() });
		}
		return { deleted: true };
	}
} satisfies Actions;
