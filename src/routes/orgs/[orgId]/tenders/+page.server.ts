import { asActor } from '$lib/server/audit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { nowSeconds } from '$lib/server/clock';
import { getDb } from '$lib/server/db';
import { failForm } from '$lib/server/form-errors';
import { setFlash } from '$lib/server/flash';
import * as tenders from '$lib/server/tenders';
import { redirect } from '@sveltejs/kit';
import { readTenderForm } from './tender-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { role } = requireOrgAccess(locals, params.orgId, 'view');
	const db = getDb();
	const policies = tenders.policyChoices(db, params.orgId);
	const byId = new Map(policies.map((p) => [p.id, p]));
	return {
		canEdit: role !== 'viewer',
		policies,
		tenders: tenders.listTenders(db, params.orgId).map((t) => ({
			...t,
			policyTitle: byId.get(t.policyId)?.title ?? t.policyId,
			policyCustom: byId.get(t.policyId)?.custom ?? false
		}))
	};
};

export const actions = {
	add: async ({ request, locals, params, cookies, url }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'edit');
		const form = await request.formData();
		const db = getDb();
		const read = readTenderForm(form, getLocale(), (id) =>
			tenders.isPolicyAvailable(db, params.orgId, id)
		);
		if (!read.ok) return failForm(400, form, read.errors);
		// Named as the actor, so the audit trail says who (as for certificates).
		const tender = asActor(db, user.id, () =>
			tenders.addTender(db, params.orgId, user.id, read.fields, nowSeconds())
		);
		const target = `${url.pathname}/${tender.id}`;
		setFlash(cookies, url, { text: m.tender_added(), path: target });
		redirect(303, target);
	}
} satisfies Actions;
