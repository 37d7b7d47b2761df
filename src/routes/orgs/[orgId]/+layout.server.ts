import { requireOrgAccess } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import * as organisations from '$lib/server/organisations';
import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// Pages below still check access in their own load and actions; this only supplies the header.
export const load: LayoutServerLoad = ({ locals, params }) => {
	const { user, role } = requireOrgAccess(locals, params.orgId, 'view');
	const org = organisations.getOrganisationForUser(getDb(), params.orgId, user.id);
	if (!org) error(404, { message: 'Not found' });
	return { org, role };
};
