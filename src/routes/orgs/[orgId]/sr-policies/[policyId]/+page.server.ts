import { requireOrgAccess } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { getCustomSrPolicy } from '$lib/server/sr-policies';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	requireOrgAccess(locals, params.orgId, 'view');
	// Scoped: this organisation's own policy or a global one; another's is not found.
	const loaded = getCustomSrPolicy(getDb(), params.orgId, params.policyId);
	if (!loaded) error(404, { message: 'Not found' });
	return { summary: loaded.summary, policy: loaded.policy };
};
