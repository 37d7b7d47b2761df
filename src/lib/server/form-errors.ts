import { fail } from '@sveltejs/kit';

// Errors become text in $lib/forms/field-errors.ts (the one mapper); this is how a failed
// form goes back to its page.

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
