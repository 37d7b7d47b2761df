import { listRulesets } from '$lib/pso/ruleset-registry';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { listCustomRulesets } from '$lib/server/custom-rulesets';
import { getDb } from '$lib/server/db';
import { deleteRuleset, uploadRuleset } from '$lib/server/ruleset-upload';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { role } = requireOrgAccess(locals, params.orgId, 'view');
	const custom = listCustomRulesets(getDb(), params.orgId);
	return {
		// Owners, editors and advisors upload; viewers may use what is there.
		canEdit: role !== 'viewer',
		shipped: listRulesets(),
		own: custom.filter((r) => r.organisationId !== null),
		global: custom.filter((r) => r.organisationId === null)
	};
};

export const actions = {
	upload: async ({ request, locals, params }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'edit');
		return uploadRuleset(request, params.orgId, user.id);
	},
	delete: async ({ request, locals, params }) => {
		requireOrgAccess(locals, params.orgId, 'edit');
		return deleteRuleset(request, params.orgId);
	}
} satisfies Actions;
