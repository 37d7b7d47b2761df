import { requireOrgAccess } from '$lib/server/auth/guards';
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const orgId = url.searchParams.get('org');
	if (!orgId) redirect(303, '/orgs');
	requireOrgAccess(locals, orgId, 'view');
	redirect(303, `/orgs/${encodeURIComponent(orgId)}`);
};
