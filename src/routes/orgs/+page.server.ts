import { requireUser } from '$lib/server/auth/guards';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { nowSeconds } from '$lib/server/ids';
import * as memberships from '$lib/server/memberships';
import * as organisations from '$lib/server/organisations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	const db = getDb();
	// Invitations sent while this user was already signed in are claimed here too.
	asActor(db, user.id, () => memberships.claimInvitations(db, user.id, user.email, nowSeconds()));
	return { organisations: organisations.listOrganisationsForUser(db, user.id) };
};
