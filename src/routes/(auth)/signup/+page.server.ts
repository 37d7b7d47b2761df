import { signupSchema } from '$lib/forms/account';
import { m } from '$lib/paraglide/messages';
import { hashPassword } from '$lib/server/auth/password';
import {
	attemptKey,
	signupAddressPolicy,
	signupEmailPolicy,
	takeFromBudget
} from '$lib/server/auth/rate-limit';
import { getDb } from '$lib/server/db';
import { errorText, fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/clock';
import * as users from '$lib/server/users';
import { loadSignInPage, signInAndRedirect } from '../sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = loadSignInPage;

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

		signInAndRedirect(db, user, { cookies, url, locals }, form, now);
	}
} satisfies Actions;
