import { readFileSync } from 'node:fs';
import { assessment, line } from '$lib/pso/test-support/assessment-builder';
import { beforeEach, describe, expect, it } from 'vitest';
import { impactOfRuleset } from './impact';
import { getAssessment } from './records';
import { createCustomRuleset } from '../custom-rulesets';
import { openTestDatabase, type Db } from '../db';
import { seedAssessment, seedOrganisation, seedUser } from '../test-support/seed';

const t0 = 1_750_000_000;
let db: Db;
let userId: string;
let orgId: string;

// pso-method T10 plus one ordinary line: 20 FTE, a VSO pupil on a placement.
const t10 = assessment({
	ruleset: '2.1',
	totalFte: 20,
	targetGroup: [
		line({ id: 'vso', position: 'vso-pro', contract: 'placement', start: '2024-01-01' }),
		line({ id: 'plain' })
	]
});

/** Every row the assessment tables hold, as text: what "unchanged" means here. */
function storedState(): string {
	const tables = [
		'assessments',
		'assessment_lines',
		'assessment_purchases',
		'assessment_criteria',
		'assessment_evidence'
	];
	return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
}

beforeEach(() => {
	db = openTestDatabase();
	userId = seedUser(db, 'owner@example.nl', t0);
	orgId = seedOrganisation(db, userId, 'Groen BV', t0);
});

describe('impactOfRuleset', () => {
	it.each([
		{ final: true, name: 'final' },
		{ final: false, name: 'draft' }
	])('re-scores a $name under 1.6 and a custom ruleset without writing anything', ({ final }) => {
		const id = seedAssessment(db, orgId, userId, t10, { final, now: t0 });
		const custom = createCustomRuleset(
			db,
			orgId,
			userId,
			'Strenger',
			readFileSync('src/lib/pso/rulesets/1.6.json', 'utf8'),
			t0
		);
		if (!custom.ok) throw new Error('custom ruleset refused');
		const before = storedState();
		const stored = getAssessment(db, orgId, id)!;

		const shipped = impactOfRuleset(db, orgId, stored, 'Groen BV', '1.6');
		expect(shipped.ok).toBe(true);
		if (!shipped.ok) return;
		expect(shipped.impact.before.totalPct).toBeCloseTo(8.75, 12);
		expect(shipped.impact.after.totalPct).toBeCloseTo(6.875, 12);
		expect(shipped.impact.lines.map((l) => l.id)).toEqual(['vso']);

		const own = impactOfRuleset(db, orgId, stored, 'Groen BV', custom.id);
		expect(own.ok && own.impact.after.ruleset).toBe(custom.id);
		expect(own.ok && own.impact.after.totalPct).toBe(shipped.impact.after.totalPct);

		expect(storedState()).toBe(before);
		expect(getAssessment(db, orgId, id)).toEqual(stored);
	});

	it('an unknown or another organisation’s ruleset is not found', () => {
		const id = seedAssessment(db, orgId, userId, t10, { now: t0 });
		const other = seedOrganisation(db, userId, 'Ander BV', t0);
		const theirs = createCustomRuleset(
			db,
			other,
			userId,
			null,
			readFileSync('src/lib/pso/rulesets/1.6.json', 'utf8'),
			t0
		);
		const a = getAssessment(db, orgId, id)!;
		expect(impactOfRuleset(db, orgId, a, 'Groen BV', '9.9')).toEqual({
			ok: false,
			reason: 'unknown-ruleset'
		});
		expect(theirs.ok && impactOfRuleset(db, orgId, a, 'Groen BV', theirs.id)).toEqual({
			ok: false,
			reason: 'unknown-ruleset'
		});
	});
});
