import { signupSchema } from '$lib/forms/account';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { hashPassword } from '$lib/server/auth/password';
import { safeRedirectTarget } from '$lib/server/auth/redirect-target';
import { createSession } from '$lib/server/auth/session';
import { asActor } from '$lib/server/audit';
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
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const parsed = signupSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));

		const db = getDb();
		const now = nowSeconds();
		const passwordHash = await hashPassword(parsed.data.password);
		const user = users.createUser(db, parsed.data.email, passwordHash, now);
		if (!user) return failForm(400, form, { email: errorText('email_taken') });

		asActor(db, user.id, () => memberships.claimInvitations(db, user.id, user.email, now));
		const { token, session } = createSession(db, user.id, now);
		setSessionCookie(cookies, url, token, session);
		redirect(303, safeRedirectTarget(form.get('redirectTo')));
	}
} satisfies Actions;
