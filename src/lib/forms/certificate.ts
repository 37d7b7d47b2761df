import { MAX_NAME_LENGTH } from '$lib/pso/assessment-defaults';
import { certifiedRungs } from '$lib/pso/certified-rung';
import { z } from 'zod';
import { MAX_CERTIFICATE_NOTE_LENGTH, MAX_SHORT_TEXT_LENGTH } from './form-limits';
import {
	checkboxField,
	dateField,
	optionalDateField,
	optionalTextField,
	requiredTextField
} from './form-readers';

// Messages are codes; field-errors.ts turns them into text in the visitor's language.

// Before 1900 is a typing error (as in the CSV import), and keeps the renewal arithmetic
// (expiry − 6 months) within four-digit years.
const isPlausibleDate = (s: string) => s >= '1900-01-01';

const requiredDate = dateField().refine(isPlausibleDate, 'date_invalid');

const optionalDate = optionalDateField().refine(
	(s) => s === null || isPlausibleDate(s),
	'date_invalid'
);

/** Years after which the default expiry (issue + 2 years) would not be a 4-digit year. */
const LAST_YEAR = 9999;
const VALIDITY_YEARS = 2;

export const certificateSchema = z
	.object({
		rung: z.enum(certifiedRungs, 'cert_rung_invalid'),
		pso30plus: checkboxField(),
		issuedOn: requiredDate,
		/** Empty: issue date + 2 years (pso-method §10), filled in by the server module. */
		expiresOn: optionalDate,
		certifyingBody: requiredTextField(MAX_NAME_LENGTH, 'cert_body_required'),
		certificateNumber: optionalTextField(MAX_SHORT_TEXT_LENGTH),
		note: optionalTextField(MAX_CERTIFICATE_NOTE_LENGTH)
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
