import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import * as certificates from './certificates';
import { openTestDatabase, type Db } from './db';
import * as organisations from './organisations';
import { createCustomSrPolicy } from './sr-policies';
import { psoBasis, valueUnder } from './tender-valuation';
import * as tenders from './tenders';
import type { TenderFields } from './tenders';
import * as users from './users';

const t0 = 1_750_000_000;
let db: Db;
let userId: string;
let orgId: string;
let otherOrgId: string;

const org = { name: 'Voorbeeld BV', kvk: '12345678', sector: null, fulltimeHours: 40 };

const fields = (overrides: Partial<TenderFields> = {}): TenderFields => ({
	name: 'Onderhoud openbare ruimte',
	policyId: 'nl-noordoost-brabant',
	contractValue: 2_000_000,
	scope: 'services',
	labourSharePct: 40,
	start: '2027-01-01',
	end: '2028-12-31',
	pctOverride: 5,
	notes: null,
	...overrides
});

beforeEach(() => {
	db = openTestDatabase();
	userId = users.createUser(db, 'owner@example.nl', 'hash', t0)!.id;
	orgId = organisations.createOrganisation(db, userId, org, t0).id;
	otherOrgId = organisations.createOrganisation(db, userId, { ...org, name: 'Ander BV' }, t0).id;
});

describe('tenders of an organisation', () => {
	it('stores a tender and reads it back with every field', () => {
		const added = tenders.addTender(db, orgId, userId, fields({ labourSharePct: null }), t0);
		expect(added).toMatchObject({ ...fields({ labourSharePct: null }), organisationId: orgId });
		expect(tenders.getTender(db, orgId, added.id)).toEqual(added);
		expect(tenders.listTenders(db, orgId).map((t) => t.id)).toEqual([added.id]);
	});

	it("another organisation's tender is not found, changed or deleted", () => {
		const tender = tenders.addTender(db, orgId, userId, fields(), t0);
		expect(tenders.getTender(db, otherOrgId, tender.id)).toBeNull();
		expect(tenders.listTenders(db, otherOrgId)).toEqual([]);
		expect(tenders.updateTender(db, otherOrgId, tender.id, fields({ name: 'X' }), t0 + 1)).toBe(
			false
		);
		expect(tenders.deleteTender(db, otherOrgId, tender.id)).toBe(false);
		expect(tenders.getTender(db, orgId, tender.id)?.name).toBe('Onderhoud openbare ruimte');
	});

	it('edits and deletes within the organisation', () => {
		const tender = tenders.addTender(db, orgId, userId, fields(), t0);
		expect(
			tenders.updateTender(db, orgId, tender.id, fields({ contractValue: 500_000 }), t0 + 5)
		).toBe(true);
		expect(tenders.getTender(db, orgId, tender.id)).toMatchObject({
			contractValue: 500_000,
			updatedAt: t0 + 5
		});
		expect(tenders.deleteTender(db, orgId, tender.id)).toBe(true);
		expect(tenders.getTender(db, orgId, tender.id)).toBeNull();
	});

	it.each([
		['an end before the start', { start: '2028-01-01', end: '2027-01-01' }],
		['a contract value of 0', { contractValue: 0 }],
		['a labour share above 100 %', { labourSharePct: 101 }],
		['an unknown scope', { scope: 'consulting' as TenderFields['scope'] }]
	])('the database refuses %s', (_, overrides) => {
		expect(() => tenders.addTender(db, orgId, userId, fields(overrides), t0)).toThrow();
	});

	it('goes with its organisation', () => {
		tenders.addTender(db, orgId, userId, fields(), t0);
		db.prepare('DELETE FROM organisations WHERE id = $orgId').run({ orgId });
		expect(db.prepare('SELECT count(*) AS n FROM tenders').get()).toEqual({ n: 0 });
	});
});

describe('valuing a tender with the organisation’s certificate', () => {
	it('uses the certificate in force: trede 2 fulfils the obligation in Noordoost-Brabant', () => {
		certificates.addCertificate(
			db,
			orgId,
			userId,
			{
				rung: 'trede-2',
				pso30plus: false,
				issuedOn: '2026-03-01',
				expiresOn: null,
				certifyingBody: 'Kiwa',
				certificateNumber: null,
				note: null
			},
			t0
		);
		const tender = tenders.addTender(db, orgId, userId, fields(), t0);
		const basis = psoBasis(db, orgId, org.name, '2026-06-01', tender.end);
		expect(basis.kind).toBe('certificate');
		const valued = valueUnder(db, tender, basis, tender.policyId)!;
		expect(valued.result.obligation).toEqual({ min: 100_000, max: 100_000 });
		expect(valued.result.credit).toEqual({ min: 100_000, max: 100_000 });
		// The certificate (to 2028-03-01) expires before the contract ends (2028-12-31).
		expect(valued.result.warnings).toContain('recertification-needed');
		expect(valued.result.recertifyBy).toBe('2028-03-01');
	});

	it('without certificate or assessment the credit is 0 and all of it remains', () => {
		const tender = tenders.addTender(db, orgId, userId, fields(), t0);
		const basis = psoBasis(db, orgId, org.name, '2026-06-01', tender.end);
		expect(basis).toEqual({ kind: 'none' });
		const valued = valueUnder(db, tender, basis, 'nl-oost-nederland')!;
		expect(valued.result.credit).toEqual({ min: 0, max: 0 });
		expect(valued.result.remaining).toEqual({ min: 100_000, max: 100_000 });
		const pw = valued.result.fill.find((f) => f.valuePerYear === 30_000);
		expect(pw?.fteYears).toEqual({ min: 3.33, max: 3.33 });
	});

	it('an unknown policy id gives no valuation', () => {
		const tender = tenders.addTender(db, orgId, userId, fields(), t0);
		expect(valueUnder(db, tender, { kind: 'none' }, 'nl-nowhere')).toBeNull();
	});
});

// Twente's policy as an organisation's own agreement: 7 % instead of 5 %.
const twente = JSON.parse(readFileSync('src/lib/sr/policies/nl-twente.json', 'utf8'));
const ownTwente = JSON.stringify({
	...twente,
	kind: 'custom',
	id: 'twente-eigen',
	title: 'Twente, eigen afspraken',
	standardPct: { ...twente.standardPct, value: 7 }
});

function customPolicy(organisationId: string | null): string {
	const outcome = createCustomSrPolicy(db, organisationId, userId, ownTwente, t0);
	if (!outcome.ok) throw new Error(outcome.issues[0]?.message);
	return outcome.id;
}

describe('custom SR policies for tenders', () => {
	const terms = { policyId: 'nl-twente', pctOverride: null, labourSharePct: 40 };

	it("values a tender under the organisation's own policy, named and marked as its own", () => {
		const own = customPolicy(orgId);
		const tender = tenders.addTender(db, orgId, userId, fields({ ...terms, policyId: own }), t0);
		expect(tenders.getTender(db, orgId, tender.id)?.policyId).toBe(own);
		const valued = valueUnder(db, tender, { kind: 'none' }, own)!;
		expect(valued.policy).toMatchObject({
			id: own,
			title: 'Twente, eigen afspraken',
			custom: true
		});
		// 7 % of € 2,000,000 under the own policy, against 5 % under the shipped one.
		expect(valued.result.obligation).toEqual({ min: 140_000, max: 140_000 });
		const shipped = valueUnder(db, tender, { kind: 'none' }, 'nl-twente')!;
		expect(shipped.result.obligation).toEqual({ min: 100_000, max: 100_000 });
		expect(shipped.policy.custom).toBe(false);
	});

	it('offers the shipped policies, then its own and the global custom ones', () => {
		const own = customPolicy(orgId);
		const global = customPolicy(null);
		const choices = tenders.policyChoices(db, orgId);
		expect(choices.filter((c) => !c.custom).map((c) => c.id)).toContain('nl-twente');
		expect(choices.filter((c) => c.custom).map((c) => c.id)).toEqual([own, global]);
		expect(tenders.policyChoices(db, otherOrgId).filter((c) => c.custom)).toEqual([
			{ id: global, title: 'Twente, eigen afspraken', custom: true }
		]);
		const tender = tenders.addTender(
			db,
			otherOrgId,
			userId,
			fields({ ...terms, policyId: global }),
			t0
		);
		expect(valueUnder(db, tender, { kind: 'none' }, global)?.result.obligation.max).toBe(140_000);
	});

	it("refuses another organisation's custom policy as an unknown policy", () => {
		const foreign = customPolicy(otherOrgId);
		expect(tenders.isPolicyAvailable(db, orgId, foreign)).toBe(false);
		expect(tenders.isPolicyAvailable(db, otherOrgId, foreign)).toBe(true);
		expect(() =>
			tenders.addTender(db, orgId, userId, fields({ ...terms, policyId: foreign }), t0)
		).toThrow(/unknown policy/);
		expect(tenders.listTenders(db, orgId)).toEqual([]);
		const tender = tenders.addTender(db, orgId, userId, fields(terms), t0);
		expect(() =>
			tenders.updateTender(db, orgId, tender.id, fields({ ...terms, policyId: foreign }), t0 + 1)
		).toThrow(tenders.UnknownPolicyError);
		expect(tenders.getTender(db, orgId, tender.id)?.policyId).toBe('nl-twente');
		// Nor can it be compared against: it is valued as if it did not exist.
		expect(valueUnder(db, tender, { kind: 'none' }, foreign)).toBeNull();
		expect(tenders.isPolicyAvailable(db, orgId, 'custom:no-such-policy')).toBe(false);
	});
});
