import { listRulesets } from '$lib/pso/ruleset-registry';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { listCustomRulesets } from '$lib/server/custom-rulesets';
import { getDb } from '$lib/server/db';
import { deleteRuleset, rulesetToDelete, uploadRuleset } from '$lib/server/ruleset-upload';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { role } = requireOrgAccess(locals, params.orgId, 'view');
	const custom = listCustomRulesets(getDb(), params.orgId);
	return {
		// Owners, editors and advisors upload; viewers may use what is there.
		canEdit: role !== 'viewer',
		shipped: listRulesets(),
		own: custom.filter((r) => r.organisationId !== null),
		global: custom.filter((r) => r.organisationId === null),
		asked: role !== 'viewer' ? rulesetToDelete(url, params.orgId) : null
	};
};

export const actions = {
	upload: async (event) => {
		const { user } = requireOrgAccess(event.locals, event.params.orgId, 'edit');
		return uploadRuleset(event, event.params.orgId, user.id);
	},
	delete: async (event) => {
		requireOrgAccess(event.locals, event.params.orgId, 'edit');
		return deleteRuleset(event, event.params.orgId);
	}
} satisfies Actions;
