// "Bevestig eerst uw e-mailadres": where an unverified account lands instead of its organisations
// (hooks.server.ts), with "send the link again" within a budget.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { isEmailVerified, resendVerification } from '$lib/server/auth/email-verification';
import { requireUser } from '$lib/server/auth/guards';
import { homePageFor } from '$lib/server/auth/landing';
import { nowSeconds } from '$lib/server/clock';
import { getDb } from '$lib/server/db';
import { setFlash } from '$lib/server/flash';
import { mailConfig } from '$lib/server/mail/config';
import { kickMailDelivery } from '$lib/server/mail/delivery';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	const db = getDb();
	if (isEmailVerified(db, user.id)) redirect(303, homePageFor(db, user.id));
	return { email: user.email, mailToLog: mailConfig().smtpUrl === null };
};

export const actions = {
	resend: ({ locals, url, cookies }) => {
		const user = requireUser(locals, url);
		const outcome = resendVerification(getDb(), user, getLocale(), mailConfig(), nowSeconds());
		if ('allowed' in outcome) {
			const minutes = Math.ceil(outcome.retryAfter / 60);
			return fail(429, { resendError: m.verify_resend_rate_limited({ minutes }) });
		}
		if (outcome.sent) {
			kickMailDelivery();
			setFlash(cookies, url, {
				text: m.verify_resend_sent({ email: user.email }),
				path: '/verify'
			});
		}
		redirect(303, '/verify');
	}
} satisfies Actions;
