import { signupSchema } from '$lib/forms/account';
import { m } from '$lib/paraglide/messages';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { createDeviceToken, setDeviceCookie } from '$lib/server/auth/device-cookie';
import { hashPassword } from '$lib/server/auth/password';
import {
	attemptKey,
	signupAddressPolicy,
	signupEmailPolicy,
	takeFromBudget
} from '$lib/server/auth/rate-limit';
import { landingAfterSignIn, safeRedirectTarget } from '$lib/server/auth/redirect-target';
import { createSession, invalidateSession } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { failForm, errorText, fieldErrors } from '$lib/server/form-errors';
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
		const parsed = signupSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));

		const db = getDb();
		const now = nowSeconds();
		// Before the hash: mass sign-ups cost memory and time, and probing which e-mails are
		// taken is limited per address and per e-mail.
		const budget = takeFromBudget(
			db,
			[
				[attemptKey.signupAddress(getClientAddress()), signupAddressPolicy],
				[attemptKey.signupEmail(parsed.data.email), signupEmailPolicy]
			],
			now
		);
		if (!budget.allowed) {
			const minutes = Math.ceil(budget.retryAfter / 60);
			return failForm(429, form, { _form: m.signup_rate_limited({ minutes }) });
		}
		const passwordHash = await hashPassword(parsed.data.password);
		const user = users.createUser(db, parsed.data.email, passwordHash, now);
		if (!user) return failForm(400, form, { email: errorText('email_taken') });

		if (locals.session) invalidateSession(db, locals.session.id);
		const { token, session } = createSession(db, user.id, now);
		setSessionCookie(cookies, url, token, session);
		setDeviceCookie(cookies, url, createDeviceToken(db, user.id, now));
		const target = safeRedirectTarget(form.get('redirectTo'));
		const invited = memberships.listPendingInvitations(db, user.email, now).length > 0;
		redirect(303, landingAfterSignIn(target, invited));
	}
} satisfies Actions;
