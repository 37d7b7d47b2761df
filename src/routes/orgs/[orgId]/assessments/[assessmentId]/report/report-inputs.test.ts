import { beforeEach, describe, expect, it } from 'vitest';
import { addLine } from '$lib/server/assessments/lines';
import { addPurchases } from '$lib/server/assessments/purchases';
import * as assessments from '$lib/server/assessments/records';
import { scoreStoredAssessment } from '$lib/server/assessments/scoring';
import { openTestDatabase, type Db } from '$lib/server/db';
import { createOrganisation } from '$lib/server/organisations';
import { createUser } from '$lib/server/users';
import { loadReportInputs } from './report-inputs';

const t0 = 1_750_000_000;
let db: Db;
let userId: string;
let orgId: string;

const line = (id: string, hoursPerWeek = 40) => ({
	id,
	position: 'wajong' as const,
	contract: 'regular' as const,
	hoursPerWeek,
	start: '2020-03-01',
	end: null
});

function draft() {
	const id = assessments.createAssessment(
		db,
		orgId,
		userId,
		{
			name: 'Peiljaar 2025',
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

describe('loadReportInputs', () => {
	it('a draft without figures: its lines counted, no FTE yet, not finalised', () => {
		const a = draft();
		addLine(db, a, line('tg-1'));
		const inputs = loadReportInputs(db, assessments.getAssessment(db, orgId, a.id)!, 'Groen BV');
		expect(inputs.figures).toMatchObject({ totalFte: null, headcount: null, monthsActive: null });
		expect(inputs.lines.total).toEqual({ lines: 1, fte: null, weightedFte: null });
		expect(inputs.finalised).toBeNull();
	});

	it('a final assessment: its finalised figures, scored lines, purchases and who finalised it', () => {
		let a = draft();
		assessments.saveOrganisationFigures(
			db,
			a,
			{ totalFte: 50, headcount: 55, fulltimeHours: 40, monthsActive: 36 },
			t0
		);
		addLine(db, a, line('tg-1'));
		addLine(db, a, line('tg-2', 20));
		addPurchases(db, assessments.getAssessment(db, orgId, a.id)!, [
			{
				supplier: 'Groen Werk BV',
				kind: 'pso-certified',
				amount: 100_000,
				supplierTurnover: 1_000_000,
				supplierFte: 20,
				supplierDirectPct: 50
			}
		]);
		a = assessments.getAssessment(db, orgId, a.id)!;
		const scored = scoreStoredAssessment(db, a, 'Groen BV');
		if (!scored.ok) throw new Error('not scorable');
		assessments.finaliseAssessment(db, a, scored.input, scored.result, userId, t0 + 60);

		const final = assessments.getAssessment(db, orgId, a.id)!;
		const inputs = loadReportInputs(db, final, 'Groen BV');
		expect(inputs.figures).toMatchObject({
			periodStart: '2025-01-01',
			totalFte: 50,
			fteBasis: { kind: 'typed' },
			headcount: 55,
			fulltimeHours: 40,
			monthsActive: 36
		});
		expect(inputs.lines.rows).toEqual([
			{ position: 'wajong', contract: 'regular', lines: 2, fte: 1.5, weightedFte: 1.5 }
		]);
		expect(inputs.purchases.total).toEqual({ purchases: 1, amount: 100_000, indirectFte: 1 });
		expect(inputs.finalised).toEqual({ by: 'ann@example.nl', at: t0 + 60 });
	});
});
