import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { invalidateSession } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// Logging out changes state, so it is a POST only; a GET just goes home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions = {
	default: ({ locals, cookies, url }) => {
		if (locals.session) invalidateSession(getDb(), locals.session.id);
		deleteSessionCookie(cookies, url);
		redirect(303, '/login');
	}
} satisfies Actions;
