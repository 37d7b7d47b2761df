import { beforeEach, describe, expect, it } from 'vitest';
import * as certificates from './certificates';
import type { CertificateFields } from './certificates';
import { openTestDatabase, type Db } from './db';
import * as organisations from './organisations';
import * as users from './users';

const t0 = 1_750_000_000;
let db: Db;
let userId: string;
let orgId: string;
let otherOrgId: string;

const org = { name: 'Voorbeeld BV', kvk: '12345678', sector: null, fulltimeHours: 40 };

const fields = (overrides: Partial<CertificateFields> = {}): CertificateFields => ({
	rung: 'trede-2',
	pso30plus: false,
	issuedOn: '2024-03-15',
	expiresOn: null,
	certifyingBody: 'Kiwa',
	certificateNumber: null,
	note: null,
	...overrides
});

beforeEach(() => {
	db = openTestDatabase();
	userId = users.createUser(db, 'owner@example.nl', 'hash', t0)!.id;
	orgId = organisations.createOrganisation(db, userId, org, t0).id;
	otherOrgId = organisations.createOrganisation(db, userId, { ...org, name: 'Ander BV' }, t0).id;
});

describe('recording certificates', () => {
	it.each([
		['2024-03-15', null, '2026-03-15'],
		['2024-02-29', null, '2026-02-28'],
		['2024-03-15', '2026-01-31', '2026-01-31']
	])('issued %s with expiry %s expires on %s', (issuedOn, expiresOn, expected) => {
		const added = certificates.addCertificate(
			db,
			orgId,
			userId,
			fields({ issuedOn, expiresOn }),
			t0
		);
		expect(added.expiresOn).toBe(expected);
		expect(certificates.getCertificate(db, orgId, added.id)).toEqual(added);
	});

	it('edits and deletes only within the organisation', () => {
		const cert = certificates.addCertificate(db, orgId, userId, fields(), t0);
		const edit = fields({ rung: 'trede-3', pso30plus: true, certifyingBody: 'DNV' });
		expect(certificates.updateCertificate(db, otherOrgId, cert.id, edit, t0 + 1)).toBe(false);
		expect(certificates.deleteCertificate(db, otherOrgId, cert.id)).toBe(false);
		expect(certificates.getCertificate(db, otherOrgId, cert.id)).toBeNull();
		expect(certificates.listCertificates(db, otherOrgId)).toEqual([]);

		expect(certificates.updateCertificate(db, orgId, cert.id, edit, t0 + 1)).toBe(true);
		expect(certificates.getCertificate(db, orgId, cert.id)).toMatchObject({
			rung: 'trede-3',
			pso30plus: true,
			certifyingBody: 'DNV',
			expiresOn: '2026-03-15',
			updatedAt: t0 + 1
		});
		expect(certificates.deleteCertificate(db, orgId, cert.id)).toBe(true);
		expect(certificates.listCertificates(db, orgId)).toEqual([]);
	});

	it('lists the newest issue first', () => {
		for (const issuedOn of ['2020-01-10', '2024-01-10', '2022-01-10']) {
			certificates.addCertificate(db, orgId, userId, fields({ issuedOn }), t0);
		}
		expect(certificates.listCertificates(db, orgId).map((c) => c.issuedOn)).toEqual([
			'2024-01-10',
			'2022-01-10',
			'2020-01-10'
		]);
	});

	it.each<[string, Partial<CertificateFields>]>([
		['PSO 30+ below trede 3', { rung: 'trede-2', pso30plus: true }],
		['expiry before issue', { issuedOn: '2024-03-15', expiresOn: '2024-03-14' }],
		['expiry on the issue date', { issuedOn: '2024-03-15', expiresOn: '2024-03-15' }],
		['an unknown rung', { rung: 'trede-4' as 'trede-3' }],
		['a date that does not exist', { issuedOn: '2024-02-30', expiresOn: '2026-02-28' }],
		['no certifying body', { certifyingBody: '' }]
	])('the database refuses %s', (_name, overrides) => {
		expect(() => certificates.addCertificate(db, orgId, userId, fields(overrides), t0)).toThrow(
			/CHECK/
		);
	});

	it('goes with its organisation', () => {
		certificates.addCertificate(db, orgId, userId, fields(), t0);
		db.prepare('DELETE FROM organisations WHERE id = ?').run(orgId);
		expect(db.prepare('SELECT count(*) AS n FROM certificates').get()).toEqual({ n: 0 });
	});
});

describe('the certificate in force', () => {
	beforeEach(() => {
		certificates.addCertificate(db, orgId, userId, fields({ issuedOn: '2020-05-01' }), t0);
		certificates.addCertificate(
			db,
			orgId,
			userId,
			fields({ issuedOn: '2022-05-01', rung: 'trede-3' }),
			t0
		);
		// A renewal recorded ahead of its issue date does not count until then.
		certificates.addCertificate(db, orgId, userId, fields({ issuedOn: '2030-01-01' }), t0);
	});

	it.each<[string, string | null, string | null]>([
		['2019-12-31', null, null],
		['2021-06-01', '2020-05-01', '2020-05-01'],
		['2022-05-01', '2022-05-01', '2022-05-01'],
		['2024-05-01', '2022-05-01', '2022-05-01'],
		['2024-05-02', null, '2022-05-01'],
		['2029-12-31', null, '2022-05-01'],
		['2030-01-01', '2030-01-01', '2030-01-01']
	])('on %s: current %s, for renewal %s', (today, current, renewal) => {
		expect(certificates.currentCertificate(db, orgId, today)?.issuedOn ?? null).toBe(current);
		expect(certificates.renewalCertificate(db, orgId, today)?.issuedOn ?? null).toBe(renewal);
	});

	it('is scoped to the organisation', () => {
		expect(certificates.currentCertificate(db, otherOrgId, '2021-06-01')).toBeNull();
		expect(certificates.renewalCertificate(db, otherOrgId, '2025-06-01')).toBeNull();
	});
});
