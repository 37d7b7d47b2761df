import { requireAdmin } from '$lib/server/auth/guards';
import { listGlobalCustomRulesets } from '$lib/server/custom-rulesets';
import { getDb } from '$lib/server/db';
import { deleteRuleset, uploadRuleset } from '$lib/server/ruleset-upload';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	requireAdmin(locals);
	return { global: listGlobalCustomRulesets(getDb()) };
};

export const actions = {
	upload: async ({ request, locals }) => {
		const user = requireAdmin(locals);
		return uploadRuleset(request, null, user.id);
	},
	delete: async ({ request, locals }) => {
		requireAdmin(locals);
		return deleteRuleset(request, null);
	}
} satisfies Actions;
