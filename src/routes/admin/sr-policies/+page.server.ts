import { requireAdmin } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listGlobalCustomSrPolicies } from '$lib/server/sr-policies';
import { copyOfShipped, uploadSrPolicy } from '$lib/server/sr-policy-upload';
import { listPolicies } from '$lib/sr/policy-registry';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requireAdmin(locals);
	return {
		global: listGlobalCustomSrPolicies(getDb()),
		shipped: listPolicies().map(({ id, title }) => ({ id, title })),
		copy: copyOfShipped(url)
	};
};

export const actions = {
	save: async (event) => {
		const user = requireAdmin(event.locals);
		return uploadSrPolicy(event, null, user.id);
	}
} satisfies Actions;
