import { getDb } from '$lib/server/db';
import * as organisations from '$lib/server/organisations';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const user = locals.user;
	return {
		user: user ? { email: user.email, isAdmin: user.isAdmin } : null,
		// For the organisation switcher: only organisations this user holds a grant on.
		organisations: user
			? organisations
					.listOrganisationsForUser(getDb(), user.id)
					.map((o) => ({ id: o.id, name: o.name, role: o.role }))
			: []
	};
};
