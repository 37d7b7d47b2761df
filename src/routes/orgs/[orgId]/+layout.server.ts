import { requireOrgAccess } from '$lib/server/auth/guards';
import type { LayoutServerLoad } from './$types';

// Pages below still check access in their own load and actions; this only supplies the header.
export const load: LayoutServerLoad = ({ locals, params }) => {
	const { role, organisation: org } = requireOrgAccess(locals, params.orgId, 'view');
	return { org, role };
};
