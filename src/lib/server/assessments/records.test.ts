import { beforeEach, describe, expect, it } from 'vitest';
import { parseAssessment } from '$lib/pso/assessment-schema';
import { addEvidence, listCriteria, saveCriteriaAndPlan } from './evidence';
import { buildAssessmentDocument } from './document';
import { importAssessmentDocument } from './import';
import { addLine, importLines, listLines, updateLine } from './lines';
import { assessmentProgress } from './progress';
import { addPurchases, listPurchases } from './purchases';
import { scoreStoredAssessment } from './scoring';
import { AssessmentLockedError } from './state';
import * as assessments from './records';
import { openTestDatabase, type Db } from '../db';
import { createOrganisation } from '../organisations';
import { createUser } from '../users';

const t0 = 1_750_000_000;
let db: Db;
let userId: string;
let orgId: string;
let otherOrgId: string;

const line = (id: string, extra: object = {}) => ({
	id,
	position: 'wajong' as const,
	contract: 'regular' as const,
	hoursPerWeek: 40,
	start: '2020-03-01',
	end: null,
	...extra
});
const fields = {
	name: 'Peiljaar 2025',
	periodStart: '2025-01-01',
	periodEnd: '2025-12-31',
	rulesetId: '2.1',
	fulltimeHours: 40
};

function draft() {
	const id = assessments.createAssessment(db, orgId, userId, fields, t0);
	return assessments.getAssessment(db, orgId, id)!;
}

function scorable() {
	const a = draft();
	assessments.saveOrganisationFigures(
		db,
		a,
		{ totalFte: 50, headcount: 55, fulltimeHours: 40, monthsActive: 36 },
		t0
	);
	addLine(db, a, line('tg-1'));
	addLine(db, a, line('tg-2'));
	return assessments.getAssessment(db, orgId, a.id)!;
}

beforeEach(() => {
	db = openTestDatabase();
	userId = createUser(db, 'ann@example.nl', 'hash', t0)!.id;
	orgId = createOrganisation(
		db,
		userId,
		{ name: 'Groen BV', kvk: '12345678', sector: null, fulltimeHours: 40 },
		t0
	).id;
	otherOrgId = createOrganisation(
		db,
		userId,
		{ name: 'Ander BV', kvk: '87654321', sector: null, fulltimeHours: 40 },
		t0
	).id;
});

describe('assessments in the database', () => {
	it('a new draft starts with the four criteria unknown and reports what is missing', () => {
		const a = draft();
		expect(listCriteria(db, a).map((c) => c.status)).toEqual([
			'unknown',
			'unknown',
			'unknown',
			'unknown'
		]);
		expect(assessmentProgress(db, a).missing).toEqual([
			'total-fte',
			'months-active',
			'headcount',
			'no-lines',
			'criteria-unknown'
		]);
	});

	it('is only found through its own organisation', () => {
		const a = draft();
		expect(assessments.getAssessment(db, otherOrgId, a.id)).toBeNull();
		expect(assessments.copyAssessment(db, otherOrgId, a.id, userId, null, t0)).toBeNull();
	});

	it('scores the stored inputs with the engine (contract T1: trede 2)', () => {
		const scored = scoreStoredAssessment(db, scorable(), 'Groen BV');
		expect(scored.ok && scored.result.quantitativeRung).toBe('trede-2');
		expect(scored.ok && scored.result.direct.pct).toBeCloseTo(4, 9);
	});

	it('imports lines all or nothing', () => {
		const a = draft();
		addLine(db, a, line('tg-1'));
		const clash = importLines(db, a, [line('tg-9'), line('tg-1')], 'append');
		expect(clash).toEqual({ ok: false, duplicateIds: ['tg-1'] });
		expect(listLines(db, a).map((l) => l.id)).toEqual(['tg-1']);
		// A row the database refuses rolls back the rows before it.
		expect(() =>
			importLines(db, a, [line('tg-5'), line('tg-6', { hoursPerWeek: 99 })], 'replace')
		).toThrow(/CHECK/);
		expect(listLines(db, a).map((l) => l.id)).toEqual(['tg-1']);
		expect(importLines(db, a, [line('tg-7'), line('tg-8')], 'replace')).toEqual({
			ok: true,
			count: 2
		});
		expect(listLines(db, a).map((l) => l.id)).toEqual(['tg-7', 'tg-8']);
	});

	it('renames a line in place and refuses an id that is taken', () => {
		const a = draft();
		addLine(db, a, line('tg-1'));
		addLine(db, a, line('tg-2'));
		expect(updateLine(db, a, 'tg-1', line('tg-2'))).toBe('duplicate-id');
		expect(updateLine(db, a, 'tg-1', line('tg-0', { hoursPerWeek: 20 }))).toBe('saved');
		expect(listLines(db, a).map((l) => [l.id, l.hoursPerWeek])).toEqual([
			['tg-0', 20],
			['tg-2', 40]
		]);
	});

	it('finalising freezes the assessment for the app and for the database itself', () => {
		const a = scorable();
		const scored = scoreStoredAssessment(db, a, 'Groen BV');
		if (!scored.ok) throw new Error('not scorable');
		assessments.finaliseAssessment(db, a, scored.input, scored.result, userId, t0 + 1);
		const final = assessments.getAssessment(db, orgId, a.id)!;
		expect(final.status).toBe('final');
		expect(final.finalResult?.quantitativeRung).toBe('trede-2');
		expect(() => addLine(db, final, line('tg-3'))).toThrow(AssessmentLockedError);
		expect(() => db.prepare('UPDATE assessment_lines SET hours_per_week = 1').run()).toThrow(
			/final/
		);
		expect(() => db.prepare('DELETE FROM assessment_lines').run()).toThrow(/final/);
		expect(() => db.prepare("UPDATE assessments SET name = 'x' WHERE id = ?").run(a.id)).toThrow(
			/final/
		);
		expect(() => assessments.finaliseAssessment(db, final, {}, scored.result, userId, t0)).toThrow(
			AssessmentLockedError
		);
	});

	it('a new version of a final assessment is an editable copy of everything', () => {
		const a = scorable();
		addPurchases(db, a, [
			{
				supplier: 'S',
				kind: 'sw-company',
				amount: 10,
				supplierTurnover: 100,
				supplierFte: 5,
				supplierDirectPct: 50
			}
		]);
		addEvidence(
			db,
			a,
			[{ criterion: 'guidance', document: 'Jobcoachplan', holder: 'HR', validUntil: '2026-12-31' }],
			t0
		);
		const scored = scoreStoredAssessment(db, a, 'Groen BV');
		if (!scored.ok) throw new Error('not scorable');
		assessments.finaliseAssessment(db, a, scored.input, scored.result, userId, t0);
		const copyId = assessments.copyAssessment(db, orgId, a.id, userId, null, t0 + 5)!;
		const copy = assessments.getAssessment(db, orgId, copyId)!;
		expect(copy.status).toBe('draft');
		expect(copy.basedOn).toBe(a.id);
		expect(listLines(db, copy)).toEqual(listLines(db, a));
		expect(listPurchases(db, copy).map(({ rowId: _r, ...p }) => p)).toEqual(
			listPurchases(db, a).map(({ rowId: _r, ...p }) => p)
		);
		expect(listCriteria(db, copy)[3]?.items.map((i) => i.document)).toEqual(['Jobcoachplan']);
		addLine(db, copy, line('tg-3'));
		expect(listLines(db, a)).toHaveLength(2);
	});

	it('document → import → document is the same, evidence and plan included', () => {
		const a = scorable();
		saveCriteriaAndPlan(
			db,
			a,
			{
				criteria: [
					{ criterion: 'suitableWork', status: 'met', note: 'Aangepaste werkplekken' },
					{ criterion: 'integration', status: 'partial', note: null },
					{ criterion: 'development', status: 'unmet', note: null },
					{ criterion: 'guidance', status: 'unknown', note: null }
				],
				plan: {
					adopted: true,
					smart: true,
					started: false,
					targetRung: 'trede-1',
					note: 'Plan 2026'
				}
			},
			t0
		);
		addEvidence(
			db,
			a,
			[
				{ criterion: 'suitableWork', document: 'Werkplekonderzoek', holder: null, validUntil: null }
			],
			t0
		);
		const doc = buildAssessmentDocument(
			db,
			assessments.getAssessment(db, orgId, a.id)!,
			'Groen BV'
		);
		const parsed = parseAssessment(doc);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const importedId = importAssessmentDocument(
			db,
			orgId,
			userId,
			parsed.value,
			'fallback',
			t0 + 9
		);
		const again = buildAssessmentDocument(
			db,
			assessments.getAssessment(db, orgId, importedId)!,
			'Groen BV'
		);
		expect(again).toEqual(doc);
	});

	it('deleting a draft removes its rows; a final assessment cannot be deleted', () => {
		const a = scorable();
		assessments.deleteDraft(db, a);
		expect(db.prepare('SELECT count(*) AS n FROM assessment_lines').get()).toEqual({ n: 0 });
		const b = scorable();
		const scored = scoreStoredAssessment(db, b, 'Groen BV');
		if (!scored.ok) throw new Error('not scorable');
		assessments.finaliseAssessment(db, b, scored.input, scored.result, userId, t0);
		expect(() => assessments.deleteDraft(db, assessments.getAssessment(db, orgId, b.id)!)).toThrow(
			AssessmentLockedError
		);
	});
});
