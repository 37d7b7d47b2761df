import { homePageFor } from '$lib/server/auth/landing';
import { getDb } from '$lib/server/db';
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, homePageFor(getDb(), locals.user.id));
};
