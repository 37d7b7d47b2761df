import { loginSchema } from '$lib/forms/account';
import { m } from '$lib/paraglide/messages';
import {
	deleteDeviceCookie,
	readDeviceCookie,
	trustedDeviceNonce
} from '$lib/server/auth/device-cookie';
import { beginLogin, loginSucceeded } from '$lib/server/auth/login-gate';
import { verifyAgainstDummy, verifyPassword } from '$lib/server/auth/password';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/clock';
import * as users from '$lib/server/users';
import { loadSignInPage, signInAndRedirect } from '../sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = loadSignInPage;

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
		signInAndRedirect(db, user, { cookies, url, locals }, form, now);
	}
} satisfies Actions;
