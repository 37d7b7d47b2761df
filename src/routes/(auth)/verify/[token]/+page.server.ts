// The link from the sign-up mail. Using it needs the account's session too (the login page comes
// first, and brings the visitor back here), so only whoever has both the mailbox and the
// password proves the address; the GET only shows a button, so a mail scanner that opens links
// changes nothing.
import { m } from '$lib/paraglide/messages';
import {
	completeVerification,
	findVerificationLink,
	isEmailVerified
} from '$lib/server/auth/email-verification';
import { requireUser } from '$lib/server/auth/guards';
import { homePageFor } from '$lib/server/auth/landing';
import { nowSeconds } from '$lib/server/clock';
import { getDb } from '$lib/server/db';
import { setFlash } from '$lib/server/flash';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const db = getDb();
	if (isEmailVerified(db, user.id)) redirect(303, homePageFor(db, user.id));
	const link = findVerificationLink(db, params.token, nowSeconds());
	return { email: user.email, valid: link?.userId === user.id };
};

export const actions = {
	default: ({ locals, url, params, cookies }) => {
		const user = requireUser(locals, url);
		const db = getDb();
		if (!completeVerification(db, params.token, user.id, nowSeconds())) {
			// Used, expired or another account's link: the page says so.
			redirect(303, url.pathname);
		}
		// Invitations that waited for the address are listed on the organisations page.
		setFlash(cookies, url, { text: m.verify_done(), path: '/orgs' });
		redirect(303, '/orgs');
	}
} satisfies Actions;
