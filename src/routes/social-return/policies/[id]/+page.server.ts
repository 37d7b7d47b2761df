import { requireUser } from '$lib/server/auth/guards';
import { getPolicy } from '$lib/sr/policy-registry';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
	requireUser(locals, url);
	const policy = getPolicy(params.id);
	if (!policy) error(404, { message: 'Not found' });
	return { policy };
};
