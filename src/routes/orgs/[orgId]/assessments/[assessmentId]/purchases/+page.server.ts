import { refuseWhenFinal } from '$lib/server/assessments/final-refusal';
import { purchaseFromForm } from '$lib/forms/assessment-forms';
import { listSearch, parsePurchaseQuery } from '$lib/forms/list-query';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { purchaseIndirectFte } from '$lib/pso/contribution';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import * as purchases from '$lib/server/assessments/purchases';
import * as trash from '$lib/server/assessments/trash';
import { getDb } from '$lib/server/db';
import { setFlash } from '$lib/server/flash';
import { failForm } from '$lib/server/form-errors';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { assessment, role } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const query = parsePurchaseQuery(url.searchParams);
	const listed = purchases.listPurchasePage(db, assessment, {
		search: query.q,
		page: query.page,
		pageSize: query.size
	});
	// The total is over every purchase, as the engine counts them; purchases are one per
	// supplier, so reading them all stays cheap.
	const totalIndirectFte = purchases
		.listPurchases(db, assessment)
		.reduce((sum, p) => sum + purchaseIndirectFte(p), 0);
	const canEdit = role !== 'viewer' && assessment.status === 'draft';
	const toDelete = url.searchParams.get('delete');
	const found = canEdit && toDelete ? purchases.getPurchase(db, assessment, toDelete) : null;
	return {
		...listed,
		purchases: listed.purchases.map((p) => ({ ...p, indirectFte: purchaseIndirectFte(p) })),
		totalIndirectFte,
		query,
		listSearch: listSearch({ ...query, page: listed.page }),
		confirmDelete: found ? { rowId: found.purchase.rowId, supplier: found.purchase.supplier } : null
	};
};

/** The list view a form came from (page, search), to return to after the post. */
function backToList(url: URL, form: FormData): string {
	const list = String(form.get('list') ?? '');
	return `${url.pathname}${listSearch(parsePurchaseQuery(new URLSearchParams(list)))}`;
}

// A stale tab's change of an assessment finalised meanwhile comes back beside the form (409).
export const actions = refuseWhenFinal({
	add: async ({ request, locals, params, url, cookies }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const purchase = purchaseFromForm(form, getLocale());
		if (!purchase.ok) return failForm(400, form, purchase.errors);
		writeAs(user.id, () => purchases.addPurchases(getDb(), assessment, [purchase.value]));
		// Redirect after the post, so a reload never adds the purchase twice.
		setFlash(cookies, url, {
			text: m.purchase_added({ supplier: purchase.value.supplier }),
			path: url.pathname
		});
		redirect(303, backToList(url, form));
	},
	delete: async ({ request, locals, params, url, cookies }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const rowId = String(form.get('purchaseId') ?? '');
		const back = backToList(url, form);
		// No path skips the question: a post without the confirmation shows the confirm step.
		if (form.get('confirmed') !== 'yes') {
			redirect(303, `${back}${back.includes('?') ? '&' : '?'}delete=${encodeURIComponent(rowId)}`);
		}
		const trashed = writeAs(user.id, () =>
			trash.trashPurchase(getDb(), assessment, rowId, user.id, Math.floor(Date.now() / 1000))
		);
		if (!trashed) return fail(404, { deleteError: m.purchase_not_found() });
		setFlash(cookies, url, {
			text: m.purchase_deleted({ supplier: trashed.supplier }),
			path: url.pathname,
			undo: {
				action: `${url.pathname}?/undo`,
				label: m.undo(),
				fields: { token: trashed.token, list: back.slice(url.pathname.length) }
			}
		});
		redirect(303, back);
	},
	undo: async ({ request, locals, params, url, cookies }) => {
		const { assessment, user } = requireAssessment(locals, params, 'edit');
		const form = await request.formData();
		if (assessment.status !== 'draft') return fail(409, { undoError: m.undo_not_draft() });
		const restored = writeAs(user.id, () =>
			trash.restoreFromTrash(
				getDb(),
				assessment,
				'purchase',
				String(form.get('token') ?? ''),
				Math.floor(Date.now() / 1000)
			)
		);
		if (!restored.ok) {
			return fail(409, {
				undoError: restored.reason === 'gone' ? m.undo_gone() : m.undo_not_possible()
			});
		}
		if (restored.kind === 'purchase') {
			setFlash(cookies, url, {
				text: m.purchase_restored({ supplier: restored.supplier }),
				path: url.pathname
			});
		}
		redirect(303, backToList(url, form));
	}
} satisfies Actions);
