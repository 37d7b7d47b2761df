import { assessment, line } from '$lib/pso/test-support/assessment-builder';
import { listRulesets } from '$lib/pso/ruleset-registry';
import { beforeEach, describe, expect, it } from 'vitest';
import { listAssessmentSummaries } from './history';
import { addLine } from './lines';
import {
	renewalOutcome,
	resultOutcome,
	resultPageOutcome,
	rulesetHashes,
	type OutcomeKey
} from './outcome';
import { createAssessment, finaliseAssessment, getAssessment } from './records';
import { scoreStoredAssessment } from './scoring';
import { openTestDatabase, type Db } from '../db';
import { seedAssessment, seedOrganisation, seedUser } from '../test-support/seed';

const now = 1_767_225_600;
let db: Db;
let userId: string;
let orgId: string;

beforeEach(() => {
	db = openTestDatabase();
	userId = seedUser(db, 'owner@example.nl', now);
	orgId = seedOrganisation(db, userId, 'Uitkomst BV', now);
});

const draft = () =>
	seedAssessment(db, orgId, userId, assessment({ targetGroup: [line(), line()] }), { now });
const load = (id: string) => getAssessment(db, orgId, id)!;
const totalOf = (id: string) => {
	const outcome = resultOutcome(db, load(id), 'Uitkomst BV');
	if (!outcome.ok) throw new Error('does not score');
	return outcome.result.totalPct;
};
/** Makes the cached row say something no scoring would, to see whether it is served. */
const tamper = (id: string, set: string) =>
	db
		.prepare(
			`UPDATE assessment_outcomes SET result_json = json_set(result_json, '$.totalPct', 12.5),
			   total_pct = 12.5${set} WHERE assessment_id = ?`
		)
		.run(id);

describe('the assessment outcome cache', () => {
	it('scores a draft once per revision, and again after it changes', () => {
		const id = draft();
		const fresh = totalOf(id);
		tamper(id, '');
		expect(totalOf(id)).toBe(12.5);
		addLine(db, load(id), line({ id: 'extra' }));
		expect(totalOf(id)).toBeGreaterThan(fresh);
		expect(db.prepare('SELECT count(*) FROM assessment_outcomes').pluck().get()).toBe(1);
	});

	it('treats a row computed with other ruleset content as stale', () => {
		const id = draft();
		const fresh = totalOf(id);
		tamper(id, ", ruleset_hash = 'ruleset-as-it-was'");
		expect(totalOf(id)).toBe(fresh);
		const hash = db
			.prepare('SELECT ruleset_hash FROM assessment_outcomes WHERE assessment_id = ?')
			.pluck()
			.get(id);
		expect(hash).toBe(rulesetHashes[load(id).rulesetId]);
	});

	it('has a different hash for each ruleset content', () => {
		const ids = listRulesets().map((r) => r.id);
		expect(new Set(ids.map((r) => rulesetHashes[r])).size).toBe(ids.length);
	});

	it('never re-scores a final assessment: every page shows its frozen result', () => {
		const id = draft();
		const a = load(id);
		const scored = scoreStoredAssessment(db, a, 'Uitkomst BV');
		if (!scored.ok) throw new Error('does not score');
		// A frozen result today's engine would not give: only reading it can show 77.7.
		const frozen = { ...scored.result, totalPct: 77.7 };
		finaliseAssessment(db, a, scored.input, frozen, userId, now);
		expect(totalOf(id)).toBe(77.7);
		// Even when the cached row is stale (another ruleset content), the numbers stay frozen.
		db.prepare("UPDATE assessment_outcomes SET ruleset_hash = 'old' WHERE assessment_id = ?").run(
			id
		);
		expect(totalOf(id)).toBe(77.7);
		const page = resultPageOutcome(db, load(id), 'Uitkomst BV', 'en');
		expect(page.ok && page.result.totalPct).toBe(77.7);
		expect(renewalOutcome(db, load(id), 'Uitkomst BV').totalPct).toBe(77.7);
		expect(listAssessmentSummaries(db, orgId, 'Uitkomst BV')[0]!.outcome?.totalPct).toBe(77.7);
	});

	it('gives the result page the explanation in the language asked for', () => {
		const id = draft();
		const nl = resultPageOutcome(db, load(id), 'Uitkomst BV', 'nl');
		const en = resultPageOutcome(db, load(id), 'Uitkomst BV', 'en'); // from the cache
		expect(nl.ok && en.ok).toBe(true);
		if (!nl.ok || !en.ok) return;
		expect(en.steps.length).toBe(nl.steps.length);
		expect(en.steps[0]!.text).not.toBe(nl.steps[0]!.text);
		expect(en.result).toEqual(nl.result);
	});

	it('keeps why a draft cannot be scored yet, and reads it from a key alone', () => {
		// Total FTE not entered yet.
		const id = createAssessment(
			db,
			orgId,
			userId,
			{
				name: 'Nog leeg',
				periodStart: '2025-01-01',
				periodEnd: '2025-12-31',
				rulesetId: '2.1',
				fulltimeHours: 40
			},
			now
		);
		const a = load(id);
		const key: OutcomeKey = {
			id,
			organisationId: orgId,
			revision: a.revision,
			rulesetId: a.rulesetId
		};
		const first = resultOutcome(db, key, 'Uitkomst BV');
		const again = resultOutcome(db, key, 'Uitkomst BV');
		expect(first.ok).toBe(false);
		expect(again).toEqual(first);
		expect(renewalOutcome(db, key, 'Uitkomst BV').rung).toBeNull();
	});
});
