import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type Db } from './db';
import {
	createCustomRuleset,
	deleteCustomRuleset,
	getCustomRuleset,
	listCustomRulesets,
	listGlobalCustomRulesets,
	resolveRuleset
} from './custom-rulesets';
import { seedOrganisation, seedUser } from './test-support/seed';

const t0 = 1_750_000_000;
const shipped21 = readFileSync('src/lib/pso/rulesets/2.1.json', 'utf8');
let db: Db;
let userId: string;
let orgA: string;
let orgB: string;

beforeEach(() => {
	db = openTestDatabase();
	userId = seedUser(db, 'owner@example.nl', t0);
	orgA = seedOrganisation(db, userId, 'A BV', t0);
	orgB = seedOrganisation(db, userId, 'B BV', t0);
});

function create(organisationId: string | null, text = shipped21, name: string | null = null) {
	const outcome = createCustomRuleset(db, organisationId, userId, name, text, t0);
	if (!outcome.ok) throw new Error(outcome.issues[0]?.message);
	return outcome.id;
}

describe('custom rulesets: validation', () => {
	it.each([
		['not JSON', '{"format":', [{ path: '', code: 'invalid-json' }]],
		['a wrong format', '{"format":"pso-ruleset/9"}', [{ path: 'format', code: 'unknown-format' }]],
		[
			'a bad norm',
			shipped21.replace('"trede1": 21.4', '"trede1": 121.4'),
			[{ path: 'norms.table[0].trede1', code: 'out-of-range' }]
		]
	])('refuses %s with path-tagged issues and stores nothing', (_name, text, expected) => {
		const outcome = createCustomRuleset(db, orgA, userId, null, text, t0);
		expect(outcome.ok).toBe(false);
		if (!outcome.ok)
			expect(outcome.issues).toEqual(
				expect.arrayContaining([expect.objectContaining(expected[0])])
			);
		expect(db.prepare('SELECT count(*) AS n FROM custom_rulesets').get()).toEqual({ n: 0 });
	});

	it('accepts a byte-order mark and takes the label as the default name', () => {
		const id = create(orgA, `\uFEFF${shipped21}`);
		expect(listCustomRulesets(db, orgA)).toEqual([
			expect.objectContaining({
				id,
				name: 'PSO-handleiding 2.1',
				declaredId: '2.1',
				label: 'PSO-handleiding 2.1',
				effectiveFrom: '2023-04-01',
				organisationId: orgA
			})
		]);
	});
});

describe('custom rulesets: ids never shadow a shipped one', () => {
	it('a file declaring "2.1" is stored and scored as custom:<uuid>', () => {
		const id = create(orgA, shipped21, 'Onze 2.1 met basistrede');
		expect(id).toMatch(/^custom:[0-9a-f-]{36}$/);
		expect(getCustomRuleset(db, orgA, id)!.ruleset!.id).toBe(id);
		expect(resolveRuleset(db, orgA, '2.1')).toMatchObject({
			custom: false,
			name: 'PSO-handleiding 2.1'
		});
		expect(resolveRuleset(db, orgA, id)).toMatchObject({
			custom: true,
			name: 'Onze 2.1 met basistrede'
		});
	});

	it('the database refuses an id without the prefix', () => {
		expect(() =>
			db
				.prepare(
					`INSERT INTO custom_rulesets (id, organisation_id, name, ruleset_json, created_at)
				VALUES ('2.1', NULL, 'x', '{}', 0)`
				)
				.run()
		).toThrow(/CHECK/);
	});
});

describe('custom rulesets: scoping', () => {
	it('an organisation sees its own and the global ones, never another organisation’s', () => {
		const own = create(orgA);
		const other = create(orgB);
		const global = create(null);
		expect(listCustomRulesets(db, orgA).map((r) => r.id)).toEqual([own, global]);
		expect(listGlobalCustomRulesets(db).map((r) => r.id)).toEqual([global]);
		expect(getCustomRuleset(db, orgA, other)).toBeNull();
		expect(resolveRuleset(db, orgA, other)).toBeNull();
		expect(getCustomRuleset(db, orgB, global)).not.toBeNull();
	});

	it('deletes only within its scope', () => {
		const own = create(orgA);
		const global = create(null);
		expect(deleteCustomRuleset(db, orgB, own)).toBe(false);
		expect(deleteCustomRuleset(db, orgA, global)).toBe(false);
		expect(deleteCustomRuleset(db, null, own)).toBe(false);
		expect(deleteCustomRuleset(db, orgA, own)).toBe(true);
		expect(deleteCustomRuleset(db, null, global)).toBe(true);
		expect(listCustomRulesets(db, orgA)).toEqual([]);
	});

	it('goes with its organisation', () => {
		create(orgA);
		db.prepare('DELETE FROM organisations WHERE id = ?').run(orgA);
		expect(db.prepare('SELECT count(*) AS n FROM custom_rulesets').get()).toEqual({ n: 0 });
	});

	it('a stored ruleset that no longer validates is not used', () => {
		const id = create(orgA);
		db.prepare(
			`UPDATE custom_rulesets SET ruleset_json = json_set(ruleset_json, '$.format', 'x') WHERE id = ?`
		).run(id);
		const loaded = getCustomRuleset(db, orgA, id)!;
		expect(loaded.ruleset).toBeNull();
		expect(loaded.issues[0]!.path).toBe('format');
		expect(resolveRuleset(db, orgA, id)).toBeNull();
	});
});
