// Invitations to advise an organisation, answered on the portfolio itself: before, a new
// client reached the portfolio only once the advisor had found the invitation under
// "Organisaties". Access still follows only from the advisor's own click (issue 8).
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/guards';
import { asActor } from '$lib/server/audit';
import { nowSeconds } from '$lib/server/clock';
import { getDb } from '$lib/server/db';
import { setFlash } from '$lib/server/flash';
import * as memberships from '$lib/server/memberships';
import { redirect, type Cookies } from '@sveltejs/kit';

/** The unexpired invitations with the advisor role for this user's e-mail address. */
export function pendingClientInvitations(user: { email: string }) {
	return memberships
		.listPendingInvitations(getDb(), user.email, nowSeconds())
		.filter((i) => i.role === 'advisor')
		.map((i) => ({
			id: i.id,
			organisationName: i.organisationName,
			invitedByEmail: i.invitedByEmail
		}));
}

/** Accepts or declines one invitation, then back to the portfolio (303) with what happened. */
export async function answerClientInvitation(
	event: { request: Request; locals: App.Locals; url: URL; cookies: Cookies },
	answer: 'accept' | 'decline'
): Promise<never> {
	const { request, locals, url, cookies } = event;
	const user = requireUser(locals, url);
	const id = String((await request.formData()).get('invitationId') ?? '').slice(0, 100);
	const db = getDb();
	let text: string;
	if (answer === 'accept') {
		const outcome = asActor(db, user.id, () =>
			memberships.acceptInvitation(db, id, user, nowSeconds())
		);
		text =
			outcome.status === 'accepted'
				? m.portfolio_invitation_accepted({ organisation: outcome.organisationName })
				: m.invitation_not_found();
	} else {
		const declined = asActor(db, user.id, () => memberships.declineInvitation(db, id, user.email));
		text = declined ? m.invitation_declined() : m.invitation_not_found();
	}
	setFlash(cookies, url, { text, path: '/advisor' });
	redirect(303, '/advisor');
}
