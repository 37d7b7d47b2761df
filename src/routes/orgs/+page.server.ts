import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/guards';
import { safeRedirectTarget } from '$lib/server/auth/redirect-target';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { nowSeconds } from '$lib/server/clock';
import * as memberships from '$lib/server/memberships';
import * as organisations from '$lib/server/organisations';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	const db = getDb();
	// Set when a sign-in landed here for the invitations instead of the page asked for.
	const continueTo = safeRedirectTarget(url.searchParams.get('redirectTo'), '') || null;
	return {
		organisations: organisations.listOrganisationsForUser(db, user.id),
		// Shown, never granted: access follows only from the invitee's own click below.
		invitations: memberships.listPendingInvitations(db, user.email, nowSeconds()),
		continueTo
	};
};

const invitationId = async (request: Request) =>
	String((await request.formData()).get('invitationId') ?? '').slice(0, 100);

export const actions = {
	acceptInvitation: async ({ request, locals, url }) => {
		const user = requireUser(locals, url);
		const id = await invitationId(request);
		const db = getDb();
		const outcome = asActor(db, user.id, () =>
			memberships.acceptInvitation(db, id, user, nowSeconds())
		);
		if (outcome.status === 'not-found') {
			return fail(404, { invitationError: m.invitation_not_found() });
		}
		if (outcome.status === 'unverified') {
			return fail(403, { invitationError: m.invitation_unverified() });
		}
		return { accepted: outcome.organisationName };
	},
	declineInvitation: async ({ request, locals, url }) => {
		const user = requireUser(locals, url);
		const id = await invitationId(request);
		const db = getDb();
		const declined = asActor(db, user.id, () => memberships.declineInvitation(db, id, user.email));
		if (!declined) return fail(404, { invitationError: m.invitation_not_found() });
		return { declined: true };
	}
} satisfies Actions;
