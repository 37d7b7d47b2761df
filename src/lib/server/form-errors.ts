import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { z } from 'zod';

const messages = {
	email_required: m.error_email_required,
	email_invalid: m.error_email_invalid,
	email_taken: m.error_email_taken,
	password_required: m.error_password_required,
	password_too_short: m.error_password_too_short,
	password_too_long: m.error_password_too_long,
	password_wrong: m.error_password_wrong,
	name_required: m.error_name_required,
	text_too_long: m.error_text_too_long,
	kvk_invalid: m.error_kvk_invalid,
	fulltime_hours_invalid: m.error_fulltime_hours_invalid,
	role_invalid: m.error_role_invalid,
	date_invalid: m.error_date_invalid,
	period_invalid: m.error_period_invalid,
	ruleset_invalid: m.error_ruleset_invalid,
	file_required: m.error_file_required,
	status_invalid: m.error_status_invalid,
	criterion_invalid: m.error_criterion_invalid,
	document_required: m.error_document_required,
	contains_bsn: m.error_contains_bsn
} satisfies Record<string, () => string>;

export type ErrorCode = keyof typeof messages;

export function errorText(code: string): string {
	return code in messages ? messages[code as ErrorCode]() : m.error_invalid_value();
}

/** First problem per field, as text in the visitor's language. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of error.issues) {
		const field = issue.path.map(String).join('.') || '_form';
		out[field] ??= errorText(issue.message);
	}
	return out;
}

/** Form values to send back after a failure, never passwords. */
export function keptValues(form: FormData, omit: readonly string[] = []): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of form) {
		if (typeof value === 'string' && !omit.includes(key) && !/password/i.test(key))
			out[key] = value;
	}
	return out;
}

/** The one shape every failed form returns, so pages can read `form.errors.<field>` uniformly. */
export function failForm(status: number, form: FormData, errors: Record<string, string>) {
	return fail(status, { values: keptValues(form), errors });
}
