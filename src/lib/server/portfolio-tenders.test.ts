import { beforeEach, describe, expect, it } from 'vitest';
import * as certificates from './certificates';
import { openTestDatabase, type Db } from './db';
import * as organisations from './organisations';
import { portfolioTenders } from './portfolio-tenders';
import * as tenders from './tenders';
import type { TenderFields } from './tenders';
import * as users from './users';

const t0 = 1_750_000_000;
const today = '2026-12-01';
let db: Db;
let userId: string;

const fields = (overrides: Partial<TenderFields> = {}): TenderFields => ({
	name: 'Onderhoud openbare ruimte',
	policyId: 'nl-noordoost-brabant',
	contractValue: 2_000_000,
	scope: 'services',
	labourSharePct: 40,
	start: '2027-01-01',
	end: '2027-06-30',
	pctOverride: 5,
	notes: null,
	...overrides
});

function organisation(name: string): string {
	const fields = { name, kvk: '12345678', sector: null, fulltimeHours: 40 };
	return organisations.createOrganisation(db, userId, fields, t0).id;
}

function certify(orgId: string, expiresOn: string) {
	certificates.addCertificate(
		db,
		orgId,
		userId,
		{
			rung: 'trede-2',
			pso30plus: false,
			issuedOn: '2025-01-01',
			expiresOn,
			certifyingBody: 'Kiwa',
			certificateNumber: null,
			note: null
		},
		t0
	);
}

const row = (organisationId: string, name: string) => ({ organisationId, name });

beforeEach(() => {
	db = openTestDatabase();
	userId = users.createUser(db, 'owner@example.nl', 'hash', t0)!.id;
});

describe('tenders in the advisor portfolio', () => {
	it('sums the credit of a client’s tenders and leaves clients without tenders out', () => {
		const withTenders = organisation('Bouw BV');
		const without = organisation('Schoon BV');
		certify(withTenders, '2028-01-01');
		tenders.addTender(db, withTenders, userId, fields(), t0);
		tenders.addTender(db, withTenders, userId, fields({ contractValue: 1_000_000 }), t0);
		const result = portfolioTenders(
			db,
			[row(withTenders, 'Bouw BV'), row(without, 'Schoon BV')],
			today
		);
		// Noordoost-Brabant: trede 2 fulfils the whole obligation, 5 % of each contract value.
		expect(result.get(withTenders)).toEqual({
			count: 2,
			credit: { min: 150_000, max: 150_000 },
			estimate: false,
			outlivesCertificate: false
		});
		expect(result.has(without)).toBe(false);
	});

	it('flags a tender that ends after the certificate expires', () => {
		const orgId = organisation('Bouw BV');
		certify(orgId, '2028-01-01');
		tenders.addTender(db, orgId, userId, fields(), t0);
		tenders.addTender(db, orgId, userId, fields({ end: '2028-06-30' }), t0);
		expect(portfolioTenders(db, [row(orgId, 'Bouw BV')], today).get(orgId)).toMatchObject({
			count: 2,
			outlivesCertificate: true
		});
	});

	it('without a certificate or assessment a tender earns no credit and no flag', () => {
		const orgId = organisation('Nieuw BV');
		tenders.addTender(db, orgId, userId, fields(), t0);
		expect(portfolioTenders(db, [row(orgId, 'Nieuw BV')], today).get(orgId)).toEqual({
			count: 1,
			credit: { min: 0, max: 0 },
			estimate: false,
			outlivesCertificate: false
		});
	});

	it('keeps an unknown part as a range in the sum', () => {
		const orgId = organisation('Bouw BV');
		certify(orgId, '2028-01-01');
		tenders.addTender(db, orgId, userId, fields({ contractValue: 1_000_000 }), t0);
		tenders.addTender(db, orgId, userId, fields({ policyId: 'nl-utrecht', pctOverride: null }), t0);
		const credit = portfolioTenders(db, [row(orgId, 'Bouw BV')], today).get(orgId)?.credit;
		// Utrecht without the tender's percentage: 0 to 5 % (SR §3.2) next to a known € 50.000.
		expect(credit).toEqual({ min: 50_000, max: 150_000 });
	});

	it('reads only the organisations in the rows', () => {
		const shown = organisation('Bouw BV');
		const other = organisation('Ander BV');
		tenders.addTender(db, shown, userId, fields(), t0);
		tenders.addTender(db, other, userId, fields(), t0);
		const result = portfolioTenders(db, [row(shown, 'Bouw BV')], today);
		expect([...result.keys()]).toEqual([shown]);
		expect(tenders.listTendersOf(db, [shown]).map((t) => t.organisationId)).toEqual([shown]);
		expect(portfolioTenders(db, [], today).size).toBe(0);
	});
});
