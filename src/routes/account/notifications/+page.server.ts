import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireUser } from '$lib/server/auth/guards';
import { nowSeconds } from '$lib/server/clock';
import { getDb } from '$lib/server/db';
import { setFlash } from '$lib/server/flash';
import { holdsAdvisorGrant } from '$lib/server/portfolio';
import { getNotificationSettings, saveNotificationSettings } from '$lib/server/reminders/settings';
import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	const db = getDb();
	return {
		email: user.email,
		settings: getNotificationSettings(db, user.id),
		isAdvisor: holdsAdvisorGrant(db, user.id)
	};
};

// A checkbox that is not ticked is not posted at all: absent means off.
const switched = z
	.literal('on')
	.optional()
	.transform((v) => v === 'on');
const settingsForm = z.object({
	certificateReminders: switched,
	evidenceReminders: switched,
	advisorDigest: switched
});

export const actions = {
	default: async ({ request, locals, url, cookies }) => {
		const user = requireUser(locals, url);
		const form = await request.formData();
		// Nothing here can be typed wrong; a tampered value counts as "off".
		const parsed = settingsForm.safeParse(Object.fromEntries(form));
		const choices = parsed.success
			? parsed.data
			: { certificateReminders: false, evidenceReminders: false, advisorDigest: false };
		const db = getDb();
		db.transaction(() => {
			// The language of this page is the language of the reminders (no language per user).
			saveNotificationSettings(db, user.id, { ...choices, lang: getLocale() }, nowSeconds());
		}).immediate();
		setFlash(cookies, url, { text: m.notifications_saved(), path: url.pathname });
		redirect(303, url.pathname);
	}
} satisfies Actions;
