// The one way a refused form value becomes text beside its field. The app's own schemas
// (account, organisation, certificate, evidence, …) give message codes such as
// `date_invalid`; the engine's schemas (assessment-schema.ts) give coded issues
// (validation-issues.ts). Both end here, in the visitor's language.
import { issueText } from '$lib/i18n/validation-text';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { Lang } from '$lib/pso/lang';
import { issuesFromZod } from '$lib/pso/validation-issues';
import { z } from 'zod';

type Message = (inputs?: Record<string, never>, options?: { locale?: Lang }) => string;

const messages = {
	email_required: m.error_email_required,
	email_invalid: m.error_email_invalid,
	password_required: m.error_password_required,
	password_too_short: m.error_password_too_short,
	password_too_long: m.error_password_too_long,
	password_wrong: m.error_password_wrong,
	name_required: m.error_name_required,
	text_too_long: m.error_text_too_long,
	kvk_invalid: m.error_kvk_invalid,
	fulltime_hours_invalid: m.error_fulltime_hours_invalid,
	role_invalid: m.error_role_invalid,
	date_invalid: m.error_date_unreadable,
	date_two_digit_year: m.error_date_two_digit_year,
	period_invalid: m.error_period_invalid,
	ruleset_invalid: m.error_ruleset_invalid,
	file_required: m.error_file_required,
	status_invalid: m.error_status_invalid,
	criterion_invalid: m.error_criterion_invalid,
	document_required: m.error_document_required,
	contains_bsn: m.error_contains_bsn,
	cert_rung_invalid: m.cert_error_rung,
	cert_body_required: m.cert_error_body_required,
	cert_expiry_before_issue: m.cert_error_expiry_before_issue,
	cert_pso30plus_needs_trede3: m.cert_error_pso30plus_needs_trede3,
	cert_default_expiry_too_late: m.cert_error_default_expiry_too_late
} satisfies Record<string, Message>;

type ErrorCode = keyof typeof messages;

function isErrorCode(code: string): code is ErrorCode {
	return Object.hasOwn(messages, code);
}

/** The text of one of the app's message codes; an unknown code reads "invalid value". */
export function errorText(code: string, lang?: Lang): string {
	const options = lang ? { locale: lang } : {};
	return isErrorCode(code) ? messages[code]({}, options) : m.error_invalid_value({}, options);
}

/** "must be between 0 and 60" → "Must be between 0 and 60." beside the field. */
function sentence(fragment: string): string {
	const s = fragment.charAt(0).toUpperCase() + fragment.slice(1);
	return /[.!?]$/.test(s) ? s : `${s}.`;
}

/**
 * The first problem per field (`_form` for the form as a whole), as text in `lang` (the
 * request's language when left out). `input` is what the schema parsed, so an engine issue
 * can tell a missing value from a wrong one.
 */
export function fieldErrors(
	error: z.ZodError,
	input?: unknown,
	lang?: Lang
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of error.issues) {
		const field = issue.path.map(String).join('.') || '_form';
		if (out[field] !== undefined) continue;
		if (isErrorCode(issue.message)) {
			out[field] = errorText(issue.message, lang);
			continue;
		}
		// An engine issue: its code and params, in the language asked for (issues are per
		// field here, so a zod issue that names several keys is told by its first).
		const [coded] = issuesFromZod(new z.ZodError([issue]), input);
		const text = coded ? issueText(coded, lang ?? getLocale()) : null;
		out[field] = text ? sentence(text) : errorText('', lang);
	}
	return out;
}
