import { getDb } from '$lib/server/db';
import * as organisations from '$lib/server/organisations';
import { takeFlash } from '$lib/server/flash';
import { holdsAdvisorGrant } from '$lib/server/portfolio';
import type { LayoutServerLoad } from './$types';

/**
 * Above this many organisations the switcher is left out: a select of hundreds of names helps
 * nobody, and listing 1,000 clients on every page cost an advisor more than the page itself.
 * Those users reach organisations through /orgs and the advisor portfolio.
 */
const SWITCHER_LIMIT = 100;

export const load: LayoutServerLoad = ({ locals, cookies, url }) => {
	const flash = takeFlash(cookies, url);
	const user = locals.user;
	if (!user) return { user: null, organisations: [], isAdvisor: false, flash };
	const db = getDb();
	const count = organisations.countOrganisationsForUser(db, user.id);
	return {
		user: { email: user.email, isAdmin: user.isAdmin },
		// For the organisation switcher: only organisations this user holds a grant on.
		organisations:
			count > SWITCHER_LIMIT
				? []
				: organisations
						.listOrganisationsForUser(db, user.id)
						.map((o) => ({ id: o.id, name: o.name, role: o.role })),
		isAdvisor: holdsAdvisorGrant(db, user.id),
		flash
	};
};
