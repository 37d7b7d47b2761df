import { certificateSchema } from '$lib/forms/certificate';
import { m } from '$lib/paraglide/messages';
import type { CertificateFields } from '$lib/server/certificates';
import { errorText } from '$lib/server/form-errors';

// Our own codes get our own messages; shared ones (date_invalid, text_too_long) keep theirs.
const messages: Record<string, () => string> = {
	cert_rung_invalid: m.cert_error_rung,
	cert_body_required: m.cert_error_body_required,
	cert_expiry_before_issue: m.cert_error_expiry_before_issue,
	cert_pso30plus_needs_trede3: m.cert_error_pso30plus_needs_trede3,
	cert_default_expiry_too_late: m.cert_error_default_expiry_too_late,
	contains_bsn: m.error_contains_bsn
};

export type CertificateFormOutcome =
	{ ok: true; value: CertificateFields } | { ok: false; errors: Record<string, string> };

/** The add and edit forms' fields, validated; errors are keyed by field, in the visitor's language. */
export function parseCertificateForm(form: FormData): CertificateFormOutcome {
	const parsed = certificateSchema.safeParse(Object.fromEntries(form));
	if (parsed.success) return { ok: true, value: parsed.data };
	const errors: Record<string, string> = {};
	for (const issue of parsed.error.issues) {
		const field = issue.path.map(String).join('.') || '_form';
		errors[field] ??= messages[issue.message]?.() ?? errorText(issue.message);
	}
	return { ok: false, errors };
}
