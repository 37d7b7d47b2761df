import { z } from 'zod';

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, 'text_too_long')
		.transform((s) => (s === '' ? null : s));

export const organisationSchema = z.object({
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
		.transform((s) => Number(s === '' ? '40' : s.replace(',', '.')))
		.pipe(
			z
				.number('fulltime_hours_invalid')
				.gt(0, 'fulltime_hours_invalid')
				.max(60, 'fulltime_hours_invalid')
		)
});

export const inviteSchema = z.object({
	email: z.string().trim().min(1, 'email_required').pipe(z.email('email_invalid')),
	role: z.enum(['owner', 'editor', 'viewer', 'advisor'], 'role_invalid')
});
