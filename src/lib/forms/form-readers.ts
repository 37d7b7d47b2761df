// The one set of readers for form posts: text, numbers as people type them (number-input.ts),
// checkboxes and dates in `dd-mm-jjjj` or ISO (date-input.ts). Two shapes of the same rules:
// `FormReader` for the assessment steps, whose candidates go to the engine's schemas, and
// zod fields for the app's own schemas that read `Object.fromEntries(form)`.
import { numberRefusalText, type NumberKind } from '$lib/i18n/validation-text';
import { m } from '$lib/paraglide/messages';
import { containsPossibleBsn } from '$lib/pso/bsn';
import { parseDateInput, type DateRefusal } from '$lib/pso/date-input';
import type { Lang } from '$lib/pso/lang';
import { parseNumberInput } from '$lib/pso/number-input';
import { z } from 'zod';

/** A checkbox is on when the browser sends `on` (or a script sends `true`). */
export function isChecked(value: unknown): boolean {
	return value === true || value === 'on' || value === 'true';
}

/** The field's text without outer spaces; '' when absent or a file. */
export function readText(form: FormData, name: string): string {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim() : '';
}

function dateRefusalText(reason: DateRefusal, lang?: Lang): string {
	const options = lang ? { locale: lang } : {};
	return reason === 'two-digit-year'
		? m.error_date_two_digit_year({}, options)
		: m.error_date_unreadable({}, options);
}

/**
 * Reads a form's fields as people type them in `lang`. A refused number or date gets its own
 * message (with the accepted forms) and stays out of the candidate, so a schema never sees
 * text, a rescaled number or a date it would misread.
 */
export class FormReader {
	readonly errors: Record<string, string> = {};
	constructor(
		private readonly form: FormData,
		private readonly lang: Lang
	) {}

	text(name: string): string {
		return readText(this.form, name);
	}

	/** undefined when left empty. */
	optionalText(name: string): string | undefined {
		return this.text(name) || undefined;
	}

	checkbox(name: string): boolean {
		return isChecked(this.form.get(name));
	}

	/** undefined when empty or refused. */
	number(name: string, kind: NumberKind): number | undefined {
		const raw = this.text(name);
		if (raw === '') return undefined;
		const read = parseNumberInput(raw, this.lang);
		if (read.ok) return read.value;
		this.errors[name] = numberRefusalText(read.reason, kind, this.lang);
		return undefined;
	}

	/** ISO `YYYY-MM-DD`; undefined when empty or refused. */
	date(name: string): string | undefined {
		const raw = this.text(name);
		if (raw === '') return undefined;
		const read = parseDateInput(raw);
		if (read.ok) return read.value;
		this.errors[name] = dateRefusalText(read.reason, this.lang);
		return undefined;
	}
}

// zod fields. Their messages are codes (field-errors.ts turns them into text).

/** A checkbox: absent is off. */
export const checkboxField = () => z.unknown().optional().transform(isChecked);

/** A typed date as ISO; `date_invalid` (or `date_two_digit_year`) when it cannot be read. */
export const dateField = () =>
	z.string('date_invalid').transform((text, ctx) => {
		const read = parseDateInput(text);
		if (read.ok) return read.value;
		const message = read.reason === 'two-digit-year' ? 'date_two_digit_year' : 'date_invalid';
		ctx.addIssue({ code: 'custom', message });
		return z.NEVER;
	});

/** As `dateField`, with empty (or absent) read as null. */
export const optionalDateField = () =>
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
		dateField()
			.optional()
			.transform((v) => v ?? null)
	);

/** No BSN in any free text (issue 8 item 7): it would stay in the audit trail for good. */
const noBsn = (s: string) => !containsPossibleBsn(s);

/** Required free text of at most `max` characters, without a BSN. */
export const requiredTextField = (max: number, requiredCode: string) =>
	z
		.string(requiredCode)
		.trim()
		.min(1, requiredCode)
		.max(max, 'text_too_long')
		.refine(noBsn, 'contains_bsn');

/** Optional free text of at most `max` characters, without a BSN; empty is null. */
export const optionalTextField = (max: number) =>
	z
		.string()
		.default('')
		.transform((s) => s.trim())
		.refine((s) => s.length <= max, 'text_too_long')
		.refine(noBsn, 'contains_bsn')
		.transform((s) => (s === '' ? null : s));
