import {
	DEFAULT_FULLTIME_HOURS,
	MAX_FULLTIME_HOURS,
	MAX_NAME_LENGTH
} from '$lib/pso/assessment-defaults';
import type { Lang } from '$lib/pso/lang';
import { parseNumberInput } from '$lib/pso/number-input';
import { z } from 'zod';
import { emailField } from './account';
import { MAX_SHORT_TEXT_LENGTH } from './form-limits';
import { optionalTextField } from './form-readers';

/**
 * The organisation form, reading the CAO hours as typed in `lang` (`37,5` in Dutch, `37.5`
 * in English; number-input.ts). Its message shows the accepted form in the visitor's language.
 */
export function organisationSchemaFor(lang: Lang) {
	return z.object({
		name: z.string().trim().min(1, 'name_required').max(MAX_NAME_LENGTH, 'text_too_long'),
		// KvK numbers are 8 digits; people often type them with spaces or dots.
		kvk: z
			.string()
			.transform((s) => s.replace(/[\s.]/g, ''))
			.pipe(z.string().regex(/^\d{8}$/, 'kvk_invalid')),
		sector: optionalTextField(MAX_SHORT_TEXT_LENGTH),
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
	email: emailField(),
	role: z.enum(['owner', 'editor', 'viewer', 'advisor'], 'role_invalid')
});
