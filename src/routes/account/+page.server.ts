import { changePasswordSchema } from '$lib/forms/account';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/guards';
import { hashPassword, verifyPassword } from '$lib/server/auth/password';
import {
	attemptKey,
	beginAttempt,
	forgetAttempts,
	passwordChangePolicy
} from '$lib/server/auth/rate-limit';
import { invalidateOtherSessions } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { errorText, fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/clock';
import * as users from '$lib/server/users';
import { setFlash } from '$lib/server/flash';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { email: user.email };
};

export const actions = {
	changePassword: async ({ request, locals, url, cookies }) => {
		const user = requireUser(locals, url);
		const form = await request.formData();
		const parsed = changePasswordSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));
		const db = getDb();
		// A stolen session must not become a way to guess the password: the current-password
		// check is counted before it runs, like a login.
		const key = attemptKey.passwordChange(user.id);
		const gate = beginAttempt(db, [[key, passwordChangePolicy]], nowSeconds());
		if (!gate.allowed) {
			const minutes = Math.ceil(gate.retryAfter / 60);
			return failForm(429, form, { currentPassword: m.login_rate_limited({ minutes }) });
		}
		const record = users.findUserById(db, user.id);
		if (!record || !(await verifyPassword(record.passwordHash, parsed.data.currentPassword))) {
			return failForm(400, form, { currentPassword: errorText('password_wrong') });
		}
		forgetAttempts(db, gate.ids, [key]);
		const passwordHash = await hashPassword(parsed.data.newPassword);
		db.transaction(() => {
			users.updatePasswordHash(db, user.id, passwordHash);
			// Whoever else holds a session (a stolen one, an old device) is signed out.
			invalidateOtherSessions(db, user.id, locals.session?.id ?? null);
		}).immediate();
		setFlash(cookies, url, { text: m.password_changed(), path: url.pathname });
		redirect(303, url.pathname);
	}
} satisfies Actions;
