import { asActor } from '$lib/server/audit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { nowSeconds } from '$lib/server/clock';
import { getDb } from '$lib/server/db';
import { failForm } from '$lib/server/form-errors';
import { setFlash } from '$lib/server/flash';
import * as tenders from '$lib/server/tenders';
import { error, redirect } from '@sveltejs/kit';
import { readTenderForm } from '../../tender-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	requireOrgAccess(locals, params.orgId, 'edit');
	const db = getDb();
	const tender = tenders.getTender(db, params.orgId, params.tenderId);
	if (!tender) error(404, { message: 'Not found' });
	return { tender, policies: tenders.policyChoices(db, params.orgId) };
};

export const actions = {
	default: async ({ request, locals, params, cookies, url }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'edit');
		const form = await request.formData();
		const db = getDb();
		const read = readTenderForm(form, getLocale(), (id) =>
			tenders.isPolicyAvailable(db, params.orgId, id)
		);
		if (!read.ok) return failForm(400, form, read.errors);
		const saved = asActor(db, user.id, () =>
			tenders.updateTender(db, params.orgId, params.tenderId, read.fields, nowSeconds())
		);
		if (!saved) error(404, { message: 'Not found' });
		const target = `/orgs/${params.orgId}/tenders/${params.tenderId}`;
		setFlash(cookies, url, { text: m.tender_saved(), path: target });
		redirect(303, target);
	}
} satisfies Actions;
