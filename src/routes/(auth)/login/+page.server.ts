import { loginSchema } from '$lib/forms/account';
import { m } from '$lib/paraglide/messages';
import { setSessionCookie } from '$lib/server/auth/cookie';
import {
	createDeviceToken,
	deleteDeviceCookie,
	readDeviceCookie,
	setDeviceCookie,
	trustedDeviceNonce
} from '$lib/server/auth/device-cookie';
import { beginLogin, loginSucceeded } from '$lib/server/auth/login-gate';
import { verifyAgainstDummy, verifyPassword } from '$lib/server/auth/password';
import { landingAfterSignIn, safeRedirectTarget } from '$lib/server/auth/redirect-target';
import { createSession, invalidateSession } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { failForm, fieldErrors } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/ids';
import * as memberships from '$lib/server/memberships';
import * as users from '$lib/server/users';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	return { redirectTo };
};

export const actions = {
	default: async ({ request, cookies, url, locals, getClientAddress }) => {
		const form = await request.formData();
		const parsed = loginSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));

		const db = getDb();
		const { email, password } = parsed.data;
		const now = nowSeconds();
		const user = users.findUserByEmail(db, email);
		const deviceNonce = user
			? trustedDeviceNonce(db, readDeviceCookie(cookies), user.id, now)
			: null;
		// Counted before the slow check, so a burst of guesses cannot outrun the limit.
		const gate = beginLogin(db, { email, address: getClientAddress(), deviceNonce }, now);
		if (gate.distrusted) deleteDeviceCookie(cookies, url);
		if (!gate.allowed) {
			const minutes = Math.ceil(gate.retryAfter / 60);
			return failForm(429, form, { _form: m.login_rate_limited({ minutes }) });
		}

		const ok = user
			? await verifyPassword(user.passwordHash, password)
			: await verifyAgainstDummy(password);
		if (!user || !ok) {
			// One message for both cases, so the form does not reveal which e-mails have accounts.
			return failForm(400, form, { _form: m.login_failed() });
		}

		loginSucceeded(db, gate.attempt);
		// Whoever was signed in in this browser before (perhaps someone else) is signed out.
		if (locals.session) invalidateSession(db, locals.session.id);
		const { token, session } = createSession(db, user.id, now);
		setSessionCookie(cookies, url, token, session);
		setDeviceCookie(cookies, url, createDeviceToken(db, user.id, now));
		const target = safeRedirectTarget(form.get('redirectTo'));
		const invited = memberships.listPendingInvitations(db, user.email, now).length > 0;
		redirect(303, landingAfterSignIn(target, invited));
	}
} satisfies Actions;
