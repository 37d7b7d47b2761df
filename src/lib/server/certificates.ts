import { defaultExpiry, type CertifiedRung } from '$lib/pso/certified-rung';
import type { Db } from './db';
import { newId } from './ids';

export interface Certificate {
	id: string;
	organisationId: string;
	rung: CertifiedRung;
	pso30plus: boolean;
	issuedOn: string;
	expiresOn: string;
	certifyingBody: string;
	certificateNumber: string | null;
	note: string | null;
	createdAt: number;
	updatedAt: number;
}

export interface CertificateFields {
	rung: CertifiedRung;
	pso30plus: boolean;
	issuedOn: string;
	/** Null: issue date + 2 years (pso-method §10). */
	expiresOn: string | null;
	certifyingBody: string;
	certificateNumber: string | null;
	note: string | null;
}

interface CertificateRow {
	id: string;
	organisation_id: string;
	rung: CertifiedRung;
	pso30plus: number;
	issued_on: string;
	expires_on: string;
	certifying_body: string;
	certificate_number: string | null;
	note: string | null;
	created_at: number;
	updated_at: number;
}

const columns = `id, organisation_id, rung, pso30plus, issued_on, expires_on, certifying_body,
	certificate_number, note, created_at, updated_at`;

const toCertificate = (r: CertificateRow): Certificate => ({
	id: r.id,
	organisationId: r.organisation_id,
	rung: r.rung,
	pso30plus: r.pso30plus === 1,
	issuedOn: r.issued_on,
	expiresOn: r.expires_on,
	certifyingBody: r.certifying_body,
	certificateNumber: r.certificate_number,
	note: r.note,
	createdAt: r.created_at,
	updatedAt: r.updated_at
});

/** The named parameters of a certificate's own fields. */
function fieldParams(fields: CertificateFields) {
	return {
		rung: fields.rung,
		pso30plus: fields.pso30plus ? 1 : 0,
		issuedOn: fields.issuedOn,
		expiresOn: fields.expiresOn ?? defaultExpiry(fields.issuedOn),
		certifyingBody: fields.certifyingBody,
		certificateNumber: fields.certificateNumber,
		note: fields.note
	};
}

export function addCertificate(
	db: Db,
	organisationId: string,
	userId: string,
	fields: CertificateFields,
	now: number
): Certificate {
	const id = newId();
	db.prepare(
		`INSERT INTO certificates (id, organisation_id, rung, pso30plus, issued_on, expires_on,
		   certifying_body, certificate_number, note, created_by, created_at, updated_at)
		 VALUES ($id, $organisationId, $rung, $pso30plus, $issuedOn, $expiresOn, $certifyingBody,
		   $certificateNumber, $note, $userId, $now, $now)`
	).run({ id, organisationId, ...fieldParams(fields), userId, now });
	return getCertificate(db, organisationId, id)!;
}

/** False when no such certificate belongs to this organisation. */
export function updateCertificate(
	db: Db,
	organisationId: string,
	certificateId: string,
	fields: CertificateFields,
	now: number
): boolean {
	return (
		db
			.prepare(
				`UPDATE certificates SET rung = $rung, pso30plus = $pso30plus, issued_on = $issuedOn,
				   expires_on = $expiresOn, certifying_body = $certifyingBody,
				   certificate_number = $certificateNumber, note = $note, updated_at = $now
				 WHERE id = $certificateId AND organisation_id = $organisationId`
			)
			.run({ ...fieldParams(fields), now, certificateId, organisationId }).changes > 0
	);
}

export function deleteCertificate(db: Db, organisationId: string, certificateId: string): boolean {
	return (
		db
			.prepare(
				'DELETE FROM certificates WHERE id = $certificateId AND organisation_id = $organisationId'
			)
			.run({ certificateId, organisationId }).changes > 0
	);
}

/** Scoped read: null for an id of another organisation. */
export function getCertificate(
	db: Db,
	organisationId: string,
	certificateId: string
): Certificate | null {
	const row = db
		.prepare(
			`SELECT ${columns} FROM certificates
			 WHERE id = $certificateId AND organisation_id = $organisationId`
		)
		.get({ certificateId, organisationId }) as CertificateRow | undefined;
	return row ? toCertificate(row) : null;
}

/** Newest issue first. */
export function listCertificates(db: Db, organisationId: string): Certificate[] {
	return (
		db
			.prepare(
				`SELECT ${columns} FROM certificates WHERE organisation_id = $organisationId
				 ORDER BY issued_on DESC, created_at DESC, id`
			)
			.all({ organisationId }) as CertificateRow[]
	).map(toCertificate);
}

/**
 * The certificate in force on `today`: the latest by issue date that has been issued and has
 * not expired (valid through its expiry date).
 */
export function currentCertificate(
	db: Db,
	organisationId: string,
	today: string
): Certificate | null {
	const row = db
		.prepare(
			`SELECT ${columns} FROM certificates
			 WHERE organisation_id = $organisationId AND issued_on <= $today AND expires_on >= $today
			 ORDER BY issued_on DESC, created_at DESC, id LIMIT 1`
		)
		.get({ organisationId, today }) as CertificateRow | undefined;
	return row ? toCertificate(row) : null;
}

/**
 * The certificate renewal is about: the current one, else the most recently issued one that
 * has expired (renewal is still open after expiry; it repeats every step, pso-method §10).
 * The portfolio's SQL picks the same one.
 */
export function renewalCertificate(
	db: Db,
	organisationId: string,
	today: string
): Certificate | null {
	const row = db
		.prepare(
			`SELECT ${columns} FROM certificates
			 WHERE organisation_id = $organisationId AND issued_on <= $today
			 ORDER BY expires_on >= $today DESC, issued_on DESC, created_at DESC, id LIMIT 1`
		)
		.get({ organisationId, today }) as CertificateRow | undefined;
	return row ? toCertificate(row) : null;
}
