// The link in an invitation mail: the invitation, for the address it was sent to only, with an
// explicit accept or decline (no access without the invitee's consent). Signing in comes first
// (requireUser), and an unverified account is sent to confirm its address (hooks.server.ts).
import { m } from '$lib/paraglide/messages';
import { amsterdamDateTime } from '$lib/server/amsterdam-time';
import { asActor } from '$lib/server/audit';
import { requireUser } from '$lib/server/auth/guards';
import { nowSeconds } from '$lib/server/clock';
import { getDb } from '$lib/server/db';
import { setFlash } from '$lib/server/flash';
import { findInvitationForInvitee } from '$lib/server/invitations';
import * as memberships from '$lib/server/memberships';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const invitation = findInvitationForInvitee(
		getDb(),
		params.invitationId,
		user.email,
		nowSeconds()
	);
	return {
		email: user.email,
		invitation,
		// The calendar day in Amsterdam, whatever the server's time zone.
		expiresOn: invitation ? amsterdamDateTime(invitation.expiresAt).date : null
	};
};

export const actions = {
	accept: ({ locals, url, params, cookies }) => {
		const user = requireUser(locals, url);
		const db = getDb();
		const outcome = asActor(db, user.id, () =>
			memberships.acceptInvitation(db, params.invitationId, user, nowSeconds())
		);
		if (outcome.status === 'not-found') return fail(404, { answerError: m.invitation_not_found() });
		if (outcome.status === 'unverified')
			return fail(403, { answerError: m.invitation_unverified() });
		const path = `/orgs/${outcome.organisationId}`;
		setFlash(cookies, url, {
			text: m.invitation_accepted({ organisation: outcome.organisationName }),
			path
		});
		redirect(303, path);
	},
	decline: ({ locals, url, params, cookies }) => {
		const user = requireUser(locals, url);
		const db = getDb();
		const declined = asActor(db, user.id, () =>
			memberships.declineInvitation(db, params.invitationId, user.email, nowSeconds())
		);
		if (!declined) return fail(404, { answerError: m.invitation_not_found() });
		setFlash(cookies, url, { text: m.invitation_declined(), path: '/orgs' });
		redirect(303, '/orgs');
	}
} satisfies Actions;
