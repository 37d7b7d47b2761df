import { containsPossibleBsn } from '$lib/pso/bsn';
import { isIsoDate } from '$lib/pso/iso-date';
import { certifiedRungs } from '$lib/pso/renewal-readiness';
import { z } from 'zod';

// Messages are codes; the server turns them into text in the visitor's language.

/**
 * A date input sends `2026-03-15`; people who type (no date picker, or pasting from a letter)
 * write `15-03-2026`. Both become ISO; anything else stays as typed and fails the check.
 */
export function normaliseDate(text: string): string {
	const t = text.trim();
	const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
	return dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : t;
}

// Before 1900 is a typing error (as in the CSV import), and keeps the renewal arithmetic
// (expiry − 6 months) within four-digit years.
const isPlausibleDate = (s: string) => isIsoDate(s) && s >= '1900-01-01';

const requiredDate = z
	.string('date_invalid')
	.transform(normaliseDate)
	.refine(isPlausibleDate, 'date_invalid');

const optionalDate = z
	.string()
	.default('')
	.transform(normaliseDate)
	.refine((s) => s === '' || isPlausibleDate(s), 'date_invalid')
	.transform((s) => (s === '' ? null : s));

/** No BSN in any free text (issue 8 item 7): it would end up in audit rows for good. */
const noBsn = (s: string) => !containsPossibleBsn(s);

const optionalText = (max: number) =>
	z
		.string()
		.default('')
		.transform((s) => s.trim())
		.refine((s) => s.length <= max, 'text_too_long')
		.refine(noBsn, 'contains_bsn')
		.transform((s) => (s === '' ? null : s));

/** Years after which the default expiry (issue + 2 years) would not be a 4-digit year. */
const LAST_YEAR = 9999;
const VALIDITY_YEARS = 2;

export const certificateSchema = z
	.object({
		rung: z.enum(certifiedRungs, 'cert_rung_invalid'),
		pso30plus: z
			.string()
			.optional()
			.transform((v) => v === 'on' || v === 'true'),
		issuedOn: requiredDate,
		/** Empty: issue date + 2 years (pso-method §10), filled in by the server module. */
		expiresOn: optionalDate,
		certifyingBody: z
			.string('cert_body_required')
			.trim()
			.min(1, 'cert_body_required')
			.max(200, 'text_too_long')
			.refine(noBsn, 'contains_bsn'),
		certificateNumber: optionalText(100),
		note: optionalText(2000)
	})
	.superRefine((v, ctx) => {
		if (v.expiresOn === null && Number(v.issuedOn.slice(0, 4)) > LAST_YEAR - VALIDITY_YEARS) {
			ctx.addIssue({ code: 'custom', path: ['issuedOn'], message: 'cert_default_expiry_too_late' });
		}
		if (v.expiresOn !== null && v.expiresOn <= v.issuedOn) {
			ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'cert_expiry_before_issue' });
		}
		// PSO 30+ is read out within trede 3 only (pso-method §9).
		if (v.pso30plus && v.rung !== 'trede-3') {
			ctx.addIssue({ code: 'custom', path: ['pso30plus'], message: 'cert_pso30plus_needs_trede3' });
		}
	});

export type CertificateForm = z.output<typeof certificateSchema>;
