import { fieldErrors } from '$lib/forms/field-errors';
import { resetPasswordSchema } from '$lib/forms/password-reset';
import { m } from '$lib/paraglide/messages';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { hashPassword } from '$lib/server/auth/password';
import { completePasswordReset, findResetLink } from '$lib/server/auth/password-reset';
import { nowSeconds } from '$lib/server/clock';
import { getDb } from '$lib/server/db';
import { setFlash } from '$lib/server/flash';
import { failForm } from '$lib/server/form-errors';
import { mailConfig } from '$lib/server/mail/config';
import { kickMailDelivery } from '$lib/server/mail/delivery';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, setHeaders }) => {
	// A page opened from a one-time link is never worth keeping in a cache.
	setHeaders({ 'cache-control': 'no-store' });
	const link = findResetLink(getDb(), params.token, nowSeconds());
	return link ? { valid: true as const, email: link.email } : { valid: false as const };
};

export const actions = {
	default: async ({ request, params, cookies, url, locals }) => {
		const db = getDb();
		// Checked before the slow hash, so a made-up link costs no work.
		if (!findResetLink(db, params.token, nowSeconds())) return fail(410, { invalid: true });
		const form = await request.formData();
		const parsed = resetPasswordSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));
		const passwordHash = await hashPassword(parsed.data.password);
		const done = completePasswordReset(db, params.token, passwordHash, mailConfig(), nowSeconds());
		// Another tab used the link (or the hour ended) while this one was hashing.
		if (!done) return fail(410, { invalid: true });
		kickMailDelivery();
		// Every session of the account ended, this browser's too if it had one; logging in again
		// with the new password lets the browser's password manager store it.
		if (locals.session) deleteSessionCookie(cookies, url);
		setFlash(cookies, url, { text: m.reset_password_done(), path: '/login' });
		redirect(303, '/login');
	}
} satisfies Actions;
