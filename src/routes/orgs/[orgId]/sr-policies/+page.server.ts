import { requireOrgAccess } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listCustomSrPolicies } from '$lib/server/sr-policies';
import { copyOfShipped, uploadSrPolicy } from '$lib/server/sr-policy-upload';
import { listPolicies } from '$lib/sr/policy-registry';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { role } = requireOrgAccess(locals, params.orgId, 'view');
	const custom = listCustomSrPolicies(getDb(), params.orgId);
	const canEdit = role !== 'viewer';
	return {
		// Owners, editors and advisors add policies; viewers see them.
		canEdit,
		shipped: listPolicies().map(({ id, title }) => ({ id, title })),
		own: custom.filter((p) => p.organisationId !== null),
		global: custom.filter((p) => p.organisationId === null),
		copy: canEdit ? copyOfShipped(url) : null
	};
};

export const actions = {
	save: async (event) => {
		const { user } = requireOrgAccess(event.locals, event.params.orgId, 'edit');
		return uploadSrPolicy(event, event.params.orgId, user.id);
	}
} satisfies Actions;
