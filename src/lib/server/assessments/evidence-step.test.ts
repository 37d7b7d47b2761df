import { beforeEach, describe, expect, it } from 'vitest';
import { addEvidence, findEvidenceItem, listCriteria, saveEvidenceStep } from './evidence';
import { addLine } from './lines';
import { scoreStoredAssessment } from './scoring';
import * as assessments from './records';
import { openTestDatabase, type Db } from '../db';
import { createOrganisation } from '../organisations';
import { createUser } from '../users';

const t0 = 1_750_000_000;
let db: Db;
let userId: string;
let orgId: string;

const plan = { adopted: true, smart: false, started: false, targetRung: null, note: 'Plan' };

function draft(name = 'Peiljaar 2025') {
	const id = assessments.createAssessment(
		db,
		orgId,
		userId,
		{
			name,
			periodStart: '2025-01-01',
			periodEnd: '2025-12-31',
			rulesetId: '2.1',
			fulltimeHours: 40
		},
		t0
	);
	return assessments.getAssessment(db, orgId, id)!;
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
});

describe('the evidence step saves criteria and new evidence together', () => {
	it('a criterion change and the item added beside it are both stored', () => {
		const a = draft();
		saveEvidenceStep(
			db,
			a,
			{
				criteria: [{ criterion: 'guidance', status: 'met', note: 'Jobcoach' }],
				plan,
				newItems: [
					{ criterion: 'guidance', document: 'Begeleidingsplan', holder: null, validUntil: null }
				]
			},
			t0
		);
		const guidance = listCriteria(db, a).find((c) => c.criterion === 'guidance')!;
		expect(guidance.status).toBe('met');
		expect(guidance.note).toBe('Jobcoach');
		expect(guidance.items.map((i) => i.document)).toEqual(['Begeleidingsplan']);
		expect(assessments.getAssessment(db, orgId, a.id)!.plan.note).toBe('Plan');
	});

	it('on a final assessment nothing of it is written', () => {
		const a = draft();
		assessments.saveOrganisationFigures(
			db,
			a,
			{ totalFte: 50, headcount: 55, fulltimeHours: 40, monthsActive: 36 },
			t0
		);
		addLine(db, a, {
			id: 'tg-1',
			position: 'wajong',
			contract: 'regular',
			hoursPerWeek: 40,
			start: '2020-03-01',
			end: null
		});
		const filled = assessments.getAssessment(db, orgId, a.id)!;
		const scored = scoreStoredAssessment(db, filled, 'Groen BV');
		if (!scored.ok) throw new Error('not scorable');
		assessments.finaliseAssessment(db, filled, scored.input, scored.result, userId, t0);
		const final = assessments.getAssessment(db, orgId, a.id)!;
		expect(() =>
			saveEvidenceStep(
				db,
				final,
				{
					criteria: [{ criterion: 'guidance', status: 'met', note: null }],
					plan,
					newItems: [{ criterion: 'guidance', document: 'X', holder: null, validUntil: null }]
				},
				t0
			)
		).toThrow(/final/);
		expect(listCriteria(db, final).flatMap((c) => c.items)).toEqual([]);
	});

	it('finds an evidence item of this assessment only', () => {
		const a = draft('A');
		const b = draft('B');
		addEvidence(
			db,
			a,
			[{ criterion: 'development', document: 'POP', holder: null, validUntil: null }],
			t0
		);
		const id = listCriteria(db, a).flatMap((c) => c.items)[0]!.id;
		expect(findEvidenceItem(db, a, id)?.document).toBe('POP');
		expect(findEvidenceItem(db, b, id)).toBeNull();
		expect(findEvidenceItem(db, a, 'no-such-id')).toBeNull();
	});
});
