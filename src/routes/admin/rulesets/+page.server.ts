import { requireAdmin } from '$lib/server/auth/guards';
import { listGlobalCustomRulesets } from '$lib/server/custom-rulesets';
import { getDb } from '$lib/server/db';
import { deleteRuleset, rulesetToDelete, uploadRuleset } from '$lib/server/ruleset-upload';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requireAdmin(locals);
	return { global: listGlobalCustomRulesets(getDb()), asked: rulesetToDelete(url, null) };
};

export const actions = {
	upload: async (event) => {
		const user = requireAdmin(event.locals);
		return uploadRuleset(event, null, user.id);
	},
	delete: async (event) => {
		requireAdmin(event.locals);
		return deleteRuleset(event, null);
	}
} satisfies Actions;
