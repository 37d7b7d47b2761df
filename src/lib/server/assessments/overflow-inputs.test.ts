// Issue 8: a purchase amount stored before the input limits (1e308 from a tiny supplier)
// once froze the server when its comparison was opened. The comparison and the impact view
// now answer at once and say the numbers cannot be calculated.
import { assessment, line } from '$lib/pso/test-support/assessment-builder';
import { beforeEach, describe, expect, it } from 'vitest';
import { compareAssessments } from './compare';
import { impactOfRuleset } from './impact';
import { getAssessment } from './records';
import { openTestDatabase, type Db } from '../db';
import { seedAssessment, seedOrganisation, seedUser } from '../test-support/seed';

const t0 = 1_750_000_000;
let db: Db;
let orgId: string;
let userId: string;

const plain = assessment({ ruleset: '2.1', totalFte: 20, targetGroup: [line({ id: 'a' })] });

beforeEach(() => {
	db = openTestDatabase();
	userId = seedUser(db, 'owner@example.nl', t0);
	orgId = seedOrganisation(db, userId, 'Groen BV', t0);
});

/** An assessment whose stored purchase overflows, written past today's form limits. */
function overflowing(amount: number, turnover: number) {
	const id = seedAssessment(db, orgId, userId, plain, { now: t0 });
	db.prepare(
		`INSERT INTO assessment_purchases (id, assessment_id, seq, supplier, kind, amount,
		   supplier_turnover, supplier_fte, supplier_direct_pct)
		 VALUES ('old-purchase', ?, 1, 'Oud BV', 'pso-certified', ?, ?, 1000000000, 100)`
	).run(id, amount, turnover);
	return getAssessment(db, orgId, id)!;
}

describe('stored overflowing amounts', () => {
	// Today's input limits refuse the first two as "not scorable" (naming the field); the
	// last passes them and overflows in the engine ("not computable"). Either way: at once.
	it.each([
		{ amount: 1e308, turnover: 1 },
		{ amount: Number.MAX_VALUE, turnover: 1 },
		{ amount: 1e9, turnover: 1e-300 }
	])(
		'amount $amount, turnover $turnover: comparison and impact answer at once',
		({ amount, turnover }) => {
			const before = getAssessment(
				db,
				orgId,
				seedAssessment(db, orgId, userId, plain, { now: t0 })
			)!;
			const after = overflowing(amount, turnover);
			const started = performance.now();
			const c = compareAssessments(db, before, after, 'Groen BV');
			expect(c.decomposition).toBeNull();
			expect(c.notComputable || c.issues.b.length > 0).toBe(true);
			const impact = impactOfRuleset(db, orgId, after, 'Groen BV', '1.9');
			expect(impact.ok).toBe(false);
			if (!impact.ok) expect(['not-computable', 'not-scorable']).toContain(impact.reason);
			expect(performance.now() - started).toBeLessThan(2000);
		}
	);

	it('an overflow the input limits let through is reported as not computable', () => {
		const before = getAssessment(db, orgId, seedAssessment(db, orgId, userId, plain, { now: t0 }))!;
		const c = compareAssessments(db, before, overflowing(1e9, 1e-300), 'Groen BV');
		if (c.issues.b.length === 0) expect(c.notComputable).toBe(true);
	});

	it('an ordinary pair is still decomposed', () => {
		const a = getAssessment(db, orgId, seedAssessment(db, orgId, userId, plain, { now: t0 }))!;
		const b = getAssessment(db, orgId, seedAssessment(db, orgId, userId, plain, { now: t0 }))!;
		const c = compareAssessments(db, a, b, 'Groen BV');
		expect(c.notComputable).toBe(false);
		expect(c.decomposition?.change).toBe(0);
	});
});
