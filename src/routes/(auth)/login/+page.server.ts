import { loginSchema } from '$lib/forms/account';
import { m } from '$lib/paraglide/messages';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { verifyAgainstDummy, verifyPassword } from '$lib/server/auth/password';
import {
	checkLoginAllowed,
	clearLoginFailures,
	recordLoginFailure
} from '$lib/server/auth/rate-limit';
import { safeRedirectTarget } from '$lib/server/auth/redirect-target';
import { createSession } from '$lib/server/auth/session';
import { asActor } from '$lib/server/audit';
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
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const parsed = loginSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));

		const db = getDb();
		const { email, password } = parsed.data;
		const address = getClientAddress();
		const now = nowSeconds();
		const gate = checkLoginAllowed(db, email, address, now);
		if (!gate.allowed) {
			const minutes = Math.ceil(gate.retryAfter / 60);
			return failForm(429, form, { _form: m.login_rate_limited({ minutes }) });
		}

		const user = users.findUserByEmail(db, email);
		const ok = user
			? await verifyPassword(user.passwordHash, password)
			: await verifyAgainstDummy(password);
		if (!user || !ok) {
			recordLoginFailure(db, email, address, now);
			// One message for both cases, so the form does not reveal which e-mails have accounts.
			return failForm(400, form, { _form: m.login_failed() });
		}

		clearLoginFailures(db, email);
		asActor(db, user.id, () => memberships.claimInvitations(db, user.id, user.email, now));
		const { token, session } = createSession(db, user.id, now);
		setSessionCookie(cookies, url, token, session);
		redirect(303, safeRedirectTarget(form.get('redirectTo')));
	}
} satisfies Actions;
