import { asActor } from '$lib/server/audit';
import { m } from '$lib/paraglide/messages';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { setFlash } from '$lib/server/flash';
import * as tenders from '$lib/server/tenders';
import { error, redirect } from '@sveltejs/kit';
import { compareIds, loadTender, valuationsFor } from './tender-view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { role, tender, basis } = loadTender(locals, params);
	const db = getDb();
	const compare = compareIds(url);
	const valuations = valuationsFor(db, tender, basis, compare);
	const valuation = valuations[0];
	// Only a policy withdrawn since the tender was saved (a shipped one dropped, or a custom
	// one that no longer validates) has no valuation.
	if (!valuation) error(404, { message: 'Not found' });
	const canEdit = role !== 'viewer';
	return {
		tender,
		basis,
		canEdit,
		valuation,
		compared: compare.length > 0 ? valuations : [],
		compare,
		policies: tenders.policyChoices(db, params.orgId),
		confirmDelete: canEdit && url.searchParams.get('delete') === '1'
	};
};

export const actions = {
	delete: async ({ request, locals, params, cookies, url }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'edit');
		const form = await request.formData();
		const db = getDb();
		if (!tenders.getTender(db, params.orgId, params.tenderId)) error(404, { message: 'Not found' });
		// Never one click: a post without confirmed=yes shows the question instead.
		if (form.get('confirmed') !== 'yes') redirect(303, `${url.pathname}?delete=1`);
		asActor(db, user.id, () => tenders.deleteTender(db, params.orgId, params.tenderId));
		const list = `/orgs/${params.orgId}/tenders`;
		setFlash(cookies, url, { text: m.tender_deleted(), path: list });
		redirect(303, list);
	}
} satisfies Actions;
