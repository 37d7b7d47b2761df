// What logging in and signing up share: the page's load, and what happens once the visitor
// is known (a fresh session, a trusted-device cookie, and on to where they were going).
import { setSessionCookie } from '$lib/server/auth/cookie';
import { createDeviceToken, setDeviceCookie } from '$lib/server/auth/device-cookie';
import { isEmailVerified } from '$lib/server/auth/email-verification';
import { homePageFor } from '$lib/server/auth/landing';
import { landingAfterSignIn, safeRedirectTarget } from '$lib/server/auth/redirect-target';
import { createSession, invalidateSession } from '$lib/server/auth/session';
import { getDb, type Db } from '$lib/server/db';
import * as memberships from '$lib/server/memberships';
import { redirect, type Cookies } from '@sveltejs/kit';

/**
 * A signed-in visitor goes straight on; others get the form, which carries the target. No
 * target (`''`) means the user's home page, chosen once they are known (landing.ts).
 */
export function loadSignInPage({ locals, url }: { locals: App.Locals; url: URL }) {
	const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'), '');
	if (locals.user) redirect(303, redirectTo || homePageFor(getDb(), locals.user.id));
	return { redirectTo };
}

/** Signs `user` in and redirects (303) to the form's target, or to their invitations. */
export function signInAndRedirect(
	db: Db,
	user: { id: string; email: string },
	event: { cookies: Cookies; url: URL; locals: App.Locals },
	form: FormData,
	now: number
): never {
	const { cookies, url, locals } = event;
	// Whoever was signed in in this browser before (perhaps someone else) is signed out.
	if (locals.session) invalidateSession(db, locals.session.id);
	const { token, session } = createSession(db, user.id, now);
	setSessionCookie(cookies, url, token, session);
	setDeviceCookie(cookies, url, createDeviceToken(db, user.id, now));
	const target = safeRedirectTarget(form.get('redirectTo'), '') || homePageFor(db, user.id);
	// An unverified account cannot answer invitations yet: it goes where it asked (or to
	// "Bevestig eerst uw e-mailadres"), so a verification link it came from is not lost.
	const invited =
		isEmailVerified(db, user.id) &&
		memberships.listPendingInvitations(db, user.email, now).length > 0;
	redirect(303, landingAfterSignIn(target, invited));
}
