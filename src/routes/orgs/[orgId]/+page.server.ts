import { requireOrgAccess } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { role } = requireOrgAccess(locals, params.orgId, 'view');
	return { canEdit: role !== 'viewer' };
};
