import { m } from '$lib/paraglide/messages';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { eraseOrganisation } from '$lib/server/organisation-data';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	requireOrgAccess(locals, params.orgId, 'own');
};

export const actions = {
	delete: async ({ request, locals, params }) => {
		const { user, organisation: org } = requireOrgAccess(locals, params.orgId, 'own');
		const db = getDb();
		const typed = String((await request.formData()).get('confirmName') ?? '').trim();
		// Typing the exact name is the confirmation: an irreversible delete must not be one click.
		if (typed !== org.name) {
			return fail(400, {
				confirmName: typed,
				error: m.data_delete_confirm_mismatch({ name: org.name })
			});
		}
		eraseOrganisation(db, params.orgId, user.id);
		redirect(303, '/orgs?deleted=1');
	}
} satisfies Actions;
