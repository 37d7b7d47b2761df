// Storing, exporting and importing how totalFte was obtained (issue 10 item 4), on the real
// migrations.
import { parseAssessment } from '$lib/pso/assessment-schema';
import { assessment, line } from '$lib/pso/test-support/assessment-builder';
import { payrollFte, rosterFte } from '$lib/pso/staff-fte';
import { beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type Db } from '../db';
import { seedAssessment, seedOrganisation, seedUser } from '../test-support/seed';
import { buildAssessmentDocument } from './document';
import { importAssessmentDocument } from './import';
import * as records from './records';
import * as staff from './staff';

const now = 1_767_225_600;
const Y2025 = { start: '2025-01-01', end: '2025-12-31' };
let db: Db;
let userId: string;
let orgId: string;

beforeEach(() => {
	db = openTestDatabase();
	userId = seedUser(db, 'owner@example.nl', now);
	orgId = seedOrganisation(db, userId, 'Personeel BV', now);
});

function draft(doc = assessment({ totalFte: 10, organisation: { headcount: 12 } })) {
	const id = seedAssessment(db, orgId, userId, doc, { now });
	return records.getAssessment(db, orgId, id)!;
}
const reload = (id: string) => records.getAssessment(db, orgId, id)!;
const documentOf = (id: string) => buildAssessmentDocument(db, reload(id), 'Personeel BV');

// 3 persons: a full-timer all year, a half-timer who left on 30 June, a starter on 1 July.
const roster = rosterFte(
	[
		{ id: 'p-1', hoursPerWeek: 40, start: '2019-01-01', end: null },
		{ id: 'p-2', hoursPerWeek: 20, start: '2019-01-01', end: '2025-06-30' },
		{ id: 'p-3', hoursPerWeek: 40, start: '2025-07-01', end: null }
	],
	Y2025,
	40
);

describe('a roster sets totalFte and headcount and is recorded as the basis', () => {
	it('stores, exports and validates', () => {
		const a = draft();
		expect(staff.applyRoster(db, a, roster, now)).toEqual({ ok: true, fte: roster.fte });
		const stored = reload(a.id);
		expect(stored.totalFte).toBeCloseTo(1 + (0.5 * 181 + 184) / 365, 12);
		expect(stored.headcount).toBe(2);
		expect(staff.getFteBasis(db, stored)).toEqual({ kind: 'roster', persons: 3 });
		const doc = documentOf(a.id);
		expect(doc.organisation?.fteBasis).toEqual({
			kind: 'roster',
			persons: 3,
			fte: stored.totalFte
		});
		expect(parseAssessment(doc).ok).toBe(true);
	});

	it('survives export → import into a new draft', () => {
		const a = draft();
		staff.applyRoster(db, a, roster, now);
		const id = importAssessmentDocument(db, orgId, userId, documentOf(a.id), 'kopie', now);
		expect(staff.getFteBasis(db, reload(id))).toEqual({ kind: 'roster', persons: 3 });
		expect(documentOf(id).organisation?.fteBasis).toEqual(documentOf(a.id).organisation?.fteBasis);
	});

	it('a file whose totalFte was edited after the roster imports as typed', () => {
		const a = draft();
		staff.applyRoster(db, a, roster, now);
		const edited = { ...documentOf(a.id), totalFte: 5 };
		const id = importAssessmentDocument(db, orgId, userId, edited, 'kopie', now);
		expect(staff.getFteBasis(db, reload(id))).toEqual({ kind: 'typed' });
		expect(documentOf(id).organisation).not.toHaveProperty('fteBasis');
	});

	it('refuses a roster smaller than the target group, saying both figures, and stores nothing', () => {
		const a = draft(assessment({ totalFte: 10, targetGroup: [line(), line(), line()] }));
		const outcome = staff.applyRoster(db, a, roster, now);
		expect(outcome).toEqual({
			ok: false,
			reason: 'below-target-group',
			fte: roster.fte,
			targetGroupFte: 3
		});
		expect(reload(a.id).totalFte).toBe(10);
		expect(staff.getFteBasis(db, a)).toEqual({ kind: 'typed' });
	});

	it('refuses a roster with nobody employed in the period', () => {
		const a = draft();
		const empty = rosterFte(
			[{ id: 'p', hoursPerWeek: 40, start: '2010-01-01', end: '2011-01-01' }],
			Y2025,
			40
		);
		expect(staff.applyRoster(db, a, empty, now)).toEqual({ ok: false, reason: 'no-fte' });
	});
});

describe('the step saved again', () => {
	const figures = (totalFte: number, fulltimeHours = 40) => ({
		totalFte,
		headcount: 2,
		fulltimeHours,
		monthsActive: 12
	});

	it('with the figure as shown (4 decimals) keeps the exact derived total and its basis', () => {
		const a = draft();
		staff.applyRoster(db, a, roster, now);
		const exact = reload(a.id).totalFte!;
		staff.saveFigures(db, reload(a.id), figures(Math.round(exact * 1e4) / 1e4), now);
		expect(reload(a.id).totalFte).toBe(exact);
		expect(staff.getFteBasis(db, a)).toEqual({ kind: 'roster', persons: 3 });
	});

	it('with another number switches to typed', () => {
		const a = draft();
		staff.applyPayroll(db, a, 83_200, now);
		staff.saveFigures(db, reload(a.id), figures(42), now);
		expect(reload(a.id).totalFte).toBe(42);
		expect(staff.getFteBasis(db, a)).toEqual({ kind: 'typed' });
		expect(documentOf(a.id).organisation).not.toHaveProperty('fteBasis');
	});

	it('with other full-time hours recomputes a payroll total for them', () => {
		const a = draft();
		staff.applyPayroll(db, a, 83_200, now);
		const stored = reload(a.id);
		expect(stored.totalFte).toBeCloseTo(payrollFte(83_200, Y2025, 40), 12);
		staff.saveFigures(db, stored, figures(stored.totalFte!, 36), now);
		expect(reload(a.id).totalFte).toBeCloseTo(payrollFte(83_200, Y2025, 36), 12);
		expect(documentOf(a.id).organisation?.fteBasis).toEqual({ kind: 'payroll', hours: 83_200 });
		expect(parseAssessment(documentOf(a.id)).ok).toBe(true);
	});
});

describe('final assessments and new versions', () => {
	it('a final assessment keeps its basis in the frozen file; the database refuses a change', () => {
		const id = seedAssessment(
			db,
			orgId,
			userId,
			assessment({
				totalFte: payrollFte(83_200, Y2025, 40),
				organisation: { fulltimeHours: 40, fteBasis: { kind: 'payroll', hours: 83_200 } }
			}),
			{ now, final: true }
		);
		const final = reload(id);
		expect(staff.getFteBasis(db, final)).toEqual({ kind: 'payroll', hours: 83_200 });
		expect(() =>
			db
				.prepare('UPDATE assessments SET fte_basis = NULL, fte_basis_hours = NULL WHERE id = ?')
				.run(id)
		).toThrow(/assessment is final/);
		const copy = records.copyAssessment(db, orgId, id, userId, null, now)!;
		expect(staff.getFteBasis(db, reload(copy))).toEqual({ kind: 'payroll', hours: 83_200 });
	});

	it('a copy into another period counts its total as typed', () => {
		const a = draft();
		staff.applyPayroll(db, a, 83_200, now);
		const fields = {
			name: 'Volgend jaar',
			periodStart: '2026-01-01',
			periodEnd: '2026-12-31',
			rulesetId: a.rulesetId,
			fulltimeHours: 40
		};
		const copy = records.copyAssessment(db, orgId, a.id, userId, fields, now)!;
		expect(staff.getFteBasis(db, reload(copy))).toEqual({ kind: 'typed' });
	});
});
