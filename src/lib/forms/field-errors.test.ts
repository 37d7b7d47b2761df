import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { targetGroupLineSchema } from '$lib/pso/assessment-schema';
import { errorText, fieldErrors } from './field-errors';
import { dateField } from './form-readers';

const errorsOf = (schema: z.ZodType, input: unknown, lang: 'nl' | 'en') => {
	const parsed = schema.safeParse(input);
	return parsed.success ? {} : fieldErrors(parsed.error, input, lang);
};

describe('fieldErrors: the one mapper from a refused form to text beside each field', () => {
	const appSchema = z
		.object({ email: z.string().min(1, 'email_required'), issuedOn: dateField() })
		.refine(() => false, 'cert_expiry_before_issue');

	it.each([
		[
			'nl',
			{
				email: 'Vul uw e-mailadres in.',
				issuedOn: 'Vul een bestaande datum in, als dd-mm-jjjj (15-03-2026) of jjjj-mm-dd.'
			}
		],
		[
			'en',
			{
				email: 'Enter your e-mail address.',
				issuedOn: 'Enter a real date, as dd-mm-yyyy (15-03-2026) or yyyy-mm-dd.'
			}
		]
	] as const)('app codes in %s', (lang, expected) => {
		expect(errorsOf(appSchema, { email: '', issuedOn: '31-02-2026' }, lang)).toEqual(expected);
	});

	it('puts a problem of the whole form under _form, in the certificate texts too', () => {
		const errors = errorsOf(appSchema, { email: 'a@b.nl', issuedOn: '2026-03-15' }, 'nl');
		expect(Object.keys(errors)).toEqual(['_form']);
		expect(errors._form).toBe(errorText('cert_expiry_before_issue', 'nl'));
		expect(errors._form).not.toBe(errorText('unknown', 'nl'));
	});

	it('keeps the first problem per field', () => {
		const schema = z.object({
			name: z
				.string()
				.min(1, 'name_required')
				.refine(() => false, 'text_too_long')
		});
		expect(errorsOf(schema, { name: '' }, 'en')).toEqual({
			name: errorText('name_required', 'en')
		});
	});

	it('tells engine issues (the line schema) as sentences in the language asked for', () => {
		const line = { id: 'mw-1', position: 'wajong', contract: 'regular', start: '2024-01-01' };
		const input = { ...line, hoursPerWeek: 61, end: null };
		expect(errorsOf(targetGroupLineSchema, input, 'nl')).toEqual({
			hoursPerWeek: 'Moet tussen 0 en 60 liggen.'
		});
		expect(errorsOf(targetGroupLineSchema, input, 'en')).toEqual({
			hoursPerWeek: 'Must be between 0 and 60.'
		});
		expect(errorsOf(targetGroupLineSchema, { ...line, end: null }, 'en')).toEqual({
			hoursPerWeek: 'Is required.'
		});
	});

	it('reads an unknown code as "invalid value", never as the code', () => {
		expect(errorText('no_such_code', 'en')).toBe(errorText('', 'en'));
		expect(errorText('no_such_code', 'en')).not.toContain('no_such_code');
	});
});
