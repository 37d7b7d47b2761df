import { containsPossibleBsn } from '$lib/pso/bsn';
import { DEFAULT_FULLTIME_HOURS, MAX_FULLTIME_HOURS } from '$lib/pso/assessment-defaults';
import type { Lang } from '$lib/pso/lang';
import { parseNumberInput } from '$lib/pso/number-input';
import { z } from 'zod';

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, 'text_too_long')
		// No BSN in free text (issue 8 item 7): it would stay in the audit trail for good.
		.refine((s) => !containsPossibleBsn(s), 'contains_bsn')
		.transform((s) => (s === '' ? null : s));

/**
 * The organisation form, reading the CAO hours as typed in `lang` (`37,5` in Dutch, `37.5`
 * in English; number-input.ts). Its message shows the accepted form in the visitor's language.
 */
export function organisationSchemaFor(lang: Lang) {
	return z.object({
		name: z.string().trim().min(1, 'name_required').max(200, 'text_too_long'),
		// KvK numbers are 8 digits; people often type them with spaces or dots.
		kvk: z
			.string()
			.transform((s) => s.replace(/[\s.]/g, ''))
			.pipe(z.string().regex(/^\d{8}$/, 'kvk_invalid')),
		sector: optionalText(100),
		fulltimeHours: z
			.string()
			.trim()
			.transform((s) => {
				if (s === '') return DEFAULT_FULLTIME_HOURS;
				const read = parseNumberInput(s, lang);
				return read.ok ? read.value : Number.NaN;
			})
			.pipe(
				z
					.number('fulltime_hours_invalid')
					.gt(0, 'fulltime_hours_invalid')
					.max(MAX_FULLTIME_HOURS, 'fulltime_hours_invalid')
			)
	});
}

/** The Dutch form (the default language). */
export const organisationSchema = organisationSchemaFor('nl');

export const inviteSchema = z.object({
	email: z.string().trim().min(1, 'email_required').pipe(z.email('email_invalid')),
	role: z.enum(['owner', 'editor', 'viewer', 'advisor'], 'role_invalid')
});
