// A PSO certificate (pso-method §10): the rung it certifies, and its dates. A certificate is
// valid for 2 years, is not renewed automatically, and renewal repeats every step.
import { addMonths, laterIsoDate } from './iso-date';
import type { TredeTarget } from './result-codes';

export const certifiedRungs = ['aspirant', 'basistrede', 'trede-1', 'trede-2', 'trede-3'] as const;
export type CertifiedRung = (typeof certifiedRungs)[number];

export interface CertificateFacts {
	rung: CertifiedRung;
	pso30plus: boolean;
	issuedOn: string;
	expiresOn: string;
}

/** pso-method §10: "Validity: 2 years". */
export const CERTIFICATE_VALIDITY_MONTHS = 24;
/** The renewal panel opens this long before expiry: an audit needs quotes, data and evidence. */
export const RENEWAL_WINDOW_MONTHS = 6;

/** Issue date + 2 years: the expiry a certificate gets when the user enters none. */
export function defaultExpiry(issuedOn: string): string {
	return addMonths(issuedOn, CERTIFICATE_VALIDITY_MONTHS);
}

export function renewalWindowOpens(expiresOn: string): string {
	return addMonths(expiresOn, -RENEWAL_WINDOW_MONTHS);
}

/**
 * The date the renewal is judged against: the expiry date, or today once that has passed
 * (the audit can no longer be earlier than today).
 */
export function auditDate(today: string, expiresOn: string): string {
	return laterIsoDate(expiresOn, today);
}

/** The trede a certificate holds, as a target for the next-rung solver; null below trede 1. */
export function certifiedTrede(rung: CertifiedRung): TredeTarget | null {
	return rung === 'trede-1' || rung === 'trede-2' || rung === 'trede-3' ? rung : null;
}
