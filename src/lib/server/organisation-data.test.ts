import { describe, expect, it } from 'vitest';
import { addEvidence } from './assessments/evidence';
import { addLine } from './assessments/lines';
import { addPurchases } from './assessments/purchases';
import { asActor } from './audit';
import * as assessments from './assessments/records';
import { openTestDatabase, type Db } from './db';
import { inviteByEmail } from './memberships';
import { deleteOrganisationData, exportOrganisationData } from './organisation-data';
import { createOrganisation } from './organisations';
import { resultOutcome } from './assessments/outcome';
import { createUser } from './users';
import { addTender } from './tenders';
import { createCustomSrPolicy } from './sr-policies';
import { getPolicy } from '$lib/sr/policy-registry';

const t0 = 1_750_000_000;

function seed(db: Db, userId: string, name: string) {
	return asActor(db, userId, () => {
		const org = createOrganisation(
			db,
			userId,
			{ name, kvk: '12345678', sector: null, fulltimeHours: 40 },
			t0
		);
		inviteByEmail(db, org.id, `advisor-${name}@example.nl`, 'advisor', userId, t0);
		const id = assessments.createAssessment(
			db,
			org.id,
			userId,
			{
				name: 'P',
				periodStart: '2025-01-01',
				periodEnd: '2025-12-31',
				rulesetId: '2.1',
				fulltimeHours: 40
			},
			t0
		);
		let a = assessments.getAssessment(db, org.id, id)!;
		assessments.saveOrganisationFigures(
			db,
			a,
			{ totalFte: 10, headcount: 10, fulltimeHours: 40, monthsActive: 12 },
			t0
		);
		addLine(db, a, {
			id: 'tg-1',
			position: 'wajong',
			contract: 'regular',
			hoursPerWeek: 40,
			start: '2020-01-01',
			end: null
		});
		addPurchases(db, a, [
			{
				supplier: 'S',
				kind: 'sw-company',
				amount: 1,
				supplierTurnover: 2,
				supplierFte: 3,
				supplierDirectPct: 4
			}
		]);
		addEvidence(
			db,
			a,
			[{ criterion: 'guidance', document: 'Plan', holder: null, validUntil: null }],
			t0
		);
		a = assessments.getAssessment(db, org.id, id)!;
		resultOutcome(db, a, name);
		return { orgId: org.id, assessmentId: id };
	});
}

/** Every row in every table that still points at the organisation or its assessments. */
function rowsOf(db: Db, orgId: string, assessmentIds: string[]): Record<string, number> {
	const tables = (
		db
			.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
			.all() as { name: string }[]
	).map((t) => t.name);
	const found: Record<string, number> = {};
	for (const table of tables) {
		const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
			(c) => c.name
		);
		const checks: [string, string[]][] = [];
		if (table === 'organisations') checks.push(['id', [orgId]]);
		if (columns.includes('organisation_id')) checks.push(['organisation_id', [orgId]]);
		if (columns.includes('assessment_id')) checks.push(['assessment_id', assessmentIds]);
		if (table === 'assessments') checks.push(['id', assessmentIds]);
		for (const [column, values] of checks) {
			for (const v of values) {
				const { n } = db
					.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`)
					.get(v) as { n: number };
				if (n > 0) found[`${table}.${column}`] = (found[`${table}.${column}`] ?? 0) + n;
			}
		}
	}
	return found;
}

describe('data rights', () => {
	it('exports everything of the organisation, with assessments in the import format', () => {
		const db = openTestDatabase();
		const ann = createUser(db, 'ann@example.nl', 'x', t0)!.id;
		const { orgId } = seed(db, ann, 'Groen');
		const data = exportOrganisationData(db, orgId, '2026-11-24T00:00:00.000Z');
		expect(data.organisation.name).toBe('Groen');
		expect(data.access).toEqual([{ email: 'ann@example.nl', role: 'owner' }]);
		expect(data.invitations).toEqual([{ email: 'advisor-groen@example.nl', role: 'advisor' }]);
		expect(data.assessments[0]?.input).toMatchObject({ format: 'pso-assessment/1', totalFte: 10 });
		expect(data.auditTrail.length).toBeGreaterThan(5);
	});

	it('exports the tenders and the custom Social Return policies too', () => {
		const db = openTestDatabase();
		const ann = createUser(db, 'ann@example.nl', 'x', t0)!.id;
		const { orgId } = seed(db, ann, 'Groen');
		addTender(
			db,
			orgId,
			ann,
			{
				name: 'Schoonmaak 2027',
				policyId: 'nl-noordoost-brabant',
				contractValue: 2_000_000,
				scope: 'services',
				labourSharePct: 40,
				start: '2027-01-01',
				end: '2028-12-31',
				pctOverride: null,
				notes: null
			},
			t0
		);
		const shipped = getPolicy('nl-noordoost-brabant');
		const custom = createCustomSrPolicy(
			db,
			orgId,
			ann,
			JSON.stringify({ ...shipped, id: 'nl-noordoost-brabant-eigen', kind: 'custom' }),
			t0
		);
		const data = exportOrganisationData(db, orgId, '2026-11-24T00:00:00.000Z');
		expect(data.tenders).toEqual([
			expect.objectContaining({
				name: 'Schoonmaak 2027',
				contractValue: 2_000_000,
				start: '2027-01-01'
			})
		]);
		expect(custom.ok).toBe(true);
		expect(data.customSrPolicies).toHaveLength(1);
	});

	it('deleting an organisation leaves no row of it in any table, and other organisations untouched', () => {
		const db = openTestDatabase();
		const ann = createUser(db, 'ann@example.nl', 'x', t0)!.id;
		const gone = seed(db, ann, 'Weg');
		const kept = seed(db, ann, 'Blijft');
		expect(Object.keys(rowsOf(db, gone.orgId, [gone.assessmentId])).length).toBeGreaterThan(5);
		expect(deleteOrganisationData(db, gone.orgId)).toBe(true);
		expect(rowsOf(db, gone.orgId, [gone.assessmentId])).toEqual({});
		expect(rowsOf(db, kept.orgId, [kept.assessmentId])).toMatchObject({
			'organisations.id': 1,
			'assessment_lines.assessment_id': 1,
			'audit_log.organisation_id': expect.any(Number)
		});
	});
});
