import { beforeEach, describe, expect, it } from 'vitest';
import { addEvidence, saveCriteriaAndPlan } from './assessments/evidence';
import { addLine, importLines, updateLine } from './assessments/lines';
import { addPurchases } from './assessments/purchases';
import { asActor, listAuditEntries, type AuditEntity } from './audit';
import * as assessments from './assessments/records';
import { openTestDatabase, type Db } from './db';
import { claimInvitations, inviteByEmail, revokeMembership } from './memberships';
import { createOrganisation, updateOrganisation } from './organisations';
import { createUser } from './users';

const t0 = 1_750_000_000;
let db: Db;
let ann: string;
let orgId: string;

const orgFields = { name: 'Groen BV', kvk: '12345678', sector: null, fulltimeHours: 40 };
const newest = (entity?: AuditEntity) =>
	listAuditEntries(db, orgId, { page: 1, perPage: 1, entity }).entries[0]!;

beforeEach(() => {
	db = openTestDatabase();
	ann = createUser(db, 'ann@example.nl', 'hash', t0)!.id;
	orgId = asActor(db, ann, () => createOrganisation(db, ann, orgFields, t0)).id;
});

function draft() {
	return asActor(db, ann, () => {
		const id = assessments.createAssessment(
			db,
			orgId,
			ann,
			{
				name: 'P',
				periodStart: '2025-01-01',
				periodEnd: '2025-12-31',
				rulesetId: '2.1',
				fulltimeHours: 40
			},
			t0
		);
		return assessments.getAssessment(db, orgId, id)!;
	});
}

describe('audit trail', () => {
	const line = {
		id: 'tg-1',
		position: 'wajong' as const,
		contract: 'regular' as const,
		hoursPerWeek: 40,
		start: '2020-03-01',
		end: null
	};
	const cases: [
		string,
		AuditEntity,
		'create' | 'update' | 'delete',
		() => void,
		Record<string, unknown>
	][] = [
		[
			'organisation renamed',
			'organisation',
			'update',
			() => updateOrganisation(db, orgId, { ...orgFields, name: 'Blauw BV' }),
			{ name: ['Groen BV', 'Blauw BV'] }
		],
		[
			'person invited',
			'invitation',
			'create',
			() => inviteByEmail(db, orgId, 'bob@example.nl', 'advisor', ann, t0),
			{ role: 'advisor' }
		],
		['assessment created', 'assessment', 'create', () => draft(), { name: 'P', status: 'draft' }],
		[
			'assessment renamed',
			'assessment',
			'update',
			() => assessments.renameAssessment(db, draft(), 'Q', t0),
			{ name: ['P', 'Q'] }
		],
		[
			'line added',
			'line',
			'create',
			() => addLine(db, draft(), line),
			{ line_id: 'tg-1', hours_per_week: 40 }
		],
		[
			'purchase added',
			'purchase',
			'create',
			() =>
				addPurchases(db, draft(), [
					{
						supplier: 'S',
						kind: 'sw-company',
						amount: 1,
						supplierTurnover: 2,
						supplierFte: 3,
						supplierDirectPct: 4
					}
				]),
			{ supplier: 'S' }
		],
		[
			'criterion set',
			'criterion',
			'update',
			() =>
				saveCriteriaAndPlan(
					db,
					draft(),
					{
						criteria: [{ criterion: 'guidance', status: 'met', note: null }],
						plan: { adopted: false, smart: false, started: false, targetRung: null, note: null }
					},
					t0
				),
			{ status: ['unknown', 'met'] }
		],
		[
			'evidence added',
			'evidence',
			'create',
			() =>
				addEvidence(
					db,
					draft(),
					[{ criterion: 'guidance', document: 'Plan', holder: null, validUntil: '2026-01-01' }],
					t0
				),
			{ document: 'Plan', valid_until: '2026-01-01' }
		]
	];

	it.each(cases)(
		'%s is recorded with who, what and the change',
		(_label, entity, action, change, expected) => {
			asActor(db, ann, change);
			const entry = newest(entity);
			expect(entry).toMatchObject({ entity, action, userEmail: 'ann@example.nl' });
			expect(entry.changes).toMatchObject(expected);
			expect(entry.at).toBeGreaterThan(0);
		}
	);

	it('records access granted and revoked, by whoever did it', () => {
		const bob = createUser(db, 'bob@example.nl', 'hash', t0)!;
		asActor(db, ann, () => inviteByEmail(db, orgId, bob.email, 'advisor', ann, t0));
		asActor(db, bob.id, () => claimInvitations(db, bob.id, bob.email, t0));
		const granted = listAuditEntries(db, orgId, { page: 1, perPage: 10, entity: 'access' })
			.entries[0]!;
		expect(granted).toMatchObject({
			action: 'create',
			userEmail: 'bob@example.nl',
			changes: { role: 'advisor' }
		});
		asActor(db, ann, () => revokeMembership(db, orgId, bob.id));
		expect(newest()).toMatchObject({
			entity: 'access',
			action: 'delete',
			userEmail: 'ann@example.nl',
			entityId: bob.id
		});
	});

	it('finalising is recorded, and an updated line shows only what changed', () => {
		const a = draft();
		asActor(db, ann, () => addLine(db, a, line));
		asActor(db, ann, () => updateLine(db, a, 'tg-1', { ...line, hoursPerWeek: 20 }));
		expect(
			listAuditEntries(db, orgId, { page: 1, perPage: 5, entity: 'line' }).entries.map(
				(e) => e.action
			)
		).toEqual(['create', 'delete', 'create']);
		db.prepare("UPDATE assessment_lines SET contract = 'trial'").run();
		expect(newest()).toMatchObject({
			entity: 'line',
			action: 'update',
			userEmail: null,
			changes: { contract: ['regular', 'trial'] }
		});
		asActor(db, ann, () =>
			assessments.finaliseAssessment(
				db,
				assessments.getAssessment(db, orgId, a.id)!,
				{},
				{ rung: 'none' } as never,
				ann,
				t0
			)
		);
		expect(newest()).toMatchObject({
			entity: 'assessment',
			action: 'update',
			changes: { status: ['draft', 'final'] }
		});
	});

	it('cannot be changed or deleted', () => {
		expect(() => db.prepare("UPDATE audit_log SET action = 'create'").run()).toThrow(
			/cannot be changed/
		);
		expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/cannot be changed/);
	});

	it('the actor is cleared after each write, even when the write fails', () => {
		expect(() =>
			asActor(db, ann, () => {
				throw new Error('boom');
			})
		).toThrow('boom');
		expect(db.prepare('SELECT count(*) AS n FROM audit_actor').get()).toEqual({ n: 0 });
	});
});

describe('bulk line writes', () => {
	const lines = Array.from({ length: 300 }, (_, i) => ({
		id: `mw-${i + 1}`,
		position: 'wajong' as const,
		contract: 'regular' as const,
		hoursPerWeek: 32,
		start: '2020-01-01',
		end: null
	}));
	const revision = (id: string) =>
		(db.prepare('SELECT revision FROM assessments WHERE id = ?').get(id) as { revision: number })
			.revision;

	it('an import is one audit row with the line counts, and still moves the revision', () => {
		const a = draft();
		asActor(db, ann, () => addLine(db, a, { ...lines[0]!, id: 'first' }));
		const auditRows = () => listAuditEntries(db, orgId, { page: 1, perPage: 1 }).total;
		const rowsBefore = auditRows();
		const revisionBefore = revision(a.id);

		expect(asActor(db, ann, () => importLines(db, a, lines, 'replace'))).toEqual({
			ok: true,
			count: 300
		});
		expect(auditRows()).toBe(rowsBefore + 1);
		expect(newest()).toMatchObject({
			entity: 'assessment',
			entityId: a.id,
			action: 'update',
			userEmail: 'ann@example.nl',
			changes: { target_group_lines: [1, 300] }
		});
		expect(revision(a.id)).toBeGreaterThan(revisionBefore);
		// Single-line edits after an import are audited one by one again.
		asActor(db, ann, () => addLine(db, a, { ...lines[0]!, id: 'after' }));
		expect(newest()).toMatchObject({ entity: 'line', action: 'create' });
		expect(auditRows()).toBe(rowsBefore + 2);
	});

	it('a refused import leaves no trace: no lines, no audit row, triggers back on', () => {
		const a = draft();
		asActor(db, ann, () => importLines(db, a, lines.slice(0, 2), 'replace'));
		const rowsBefore = listAuditEntries(db, orgId, { page: 1, perPage: 1 }).total;
		const outcome = asActor(db, ann, () => importLines(db, a, lines.slice(1, 3), 'append'));
		expect(outcome).toEqual({ ok: false, duplicateIds: ['mw-2'] });
		expect(listAuditEntries(db, orgId, { page: 1, perPage: 1 }).total).toBe(rowsBefore);
		expect(db.prepare('SELECT count(*) AS n FROM bulk_line_write').get()).toEqual({ n: 0 });
	});
});
