import { forgotPasswordSchema } from '$lib/forms/password-reset';
import { fieldErrors } from '$lib/forms/field-errors';
import { getLocale } from '$lib/paraglide/runtime';
import { requestPasswordReset } from '$lib/server/auth/password-reset';
import { nowSeconds } from '$lib/server/clock';
import { getDb } from '$lib/server/db';
import { failForm } from '$lib/server/form-errors';
import { mailConfig } from '$lib/server/mail/config';
import { kickMailDelivery } from '$lib/server/mail/delivery';
import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';

export const actions = {
	default: async ({ request, getClientAddress }) => {
		const form = await request.formData();
		const parsed = forgotPasswordSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));
		const { queued } = requestPasswordReset(
			getDb(),
			{ email: parsed.data.email, address: getClientAddress(), lang: getLocale() },
			mailConfig(),
			nowSeconds()
		);
		if (queued) kickMailDelivery();
		// The same page whether a mail went out, the address is unknown or its budget is spent.
		redirect(303, '/forgot-password/sent');
	}
} satisfies Actions;
