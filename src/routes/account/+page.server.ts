import { changePasswordSchema } from '$lib/forms/account';
import { requireUser } from '$lib/server/auth/guards';
import { hashPassword, verifyPassword } from '$lib/server/auth/password';
import { invalidateOtherSessions } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { failForm, errorText, fieldErrors } from '$lib/server/form-errors';
import * as users from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { email: user.email };
};

export const actions = {
	changePassword: async ({ request, locals, url }) => {
		const user = requireUser(locals, url);
		const form = await request.formData();
		const parsed = changePasswordSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));
		const db = getDb();
		const record = users.findUserById(db, user.id);
		if (!record || !(await verifyPassword(record.passwordHash, parsed.data.currentPassword))) {
			return failForm(400, form, { currentPassword: errorText('password_wrong') });
		}
		const passwordHash = await hashPassword(parsed.data.newPassword);
		db.transaction(() => {
			users.updatePasswordHash(db, user.id, passwordHash);
			// Whoever else holds a session (a stolen one, an old device) is signed out.
			invalidateOtherSessions(db, user.id, locals.session?.id ?? null);
		})();
		return { passwordChanged: true };
	}
} satisfies Actions;
