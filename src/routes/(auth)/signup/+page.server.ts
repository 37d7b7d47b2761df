import { signupSchema } from '$lib/forms/account';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { registerAccount } from '$lib/server/auth/email-verification';
import { hashPassword } from '$lib/server/auth/password';
import {
	attemptKey,
	signupAddressPolicy,
	signupEmailPolicy,
	takeFromBudget
} from '$lib/server/auth/rate-limit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/clock';
import { mailConfig } from '$lib/server/mail/config';
import { kickMailDelivery } from '$lib/server/mail/delivery';
import { redirect } from '@sveltejs/kit';
import { loadSignInPage } from '../sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = loadSignInPage;

export const actions = {
	default: async ({ request, getClientAddress }) => {
		const form = await request.formData();
		const parsed = signupSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));

		const db = getDb();
		const now = nowSeconds();
		// Before the hash: mass sign-ups cost memory and time, and mails to one address are limited.
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
		// Hashed whether or not the address has an account, so the answer takes as long either way.
		const passwordHash = await hashPassword(parsed.data.password);
		registerAccount(
			db,
			{ email: parsed.data.email, passwordHash, lang: getLocale() },
			mailConfig(),
			now
		);
		kickMailDelivery();
		// The same page whether the account is new or the address had one (which gets a mail
		// pointing to the password reset instead): sign-up reveals nothing about an address.
		redirect(303, '/signup/sent');
	}
} satisfies Actions;
