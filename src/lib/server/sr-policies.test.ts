import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type Db } from './db';
import {
	createCustomSrPolicy,
	getCustomSrPolicy,
	listCustomSrPolicies,
	listGlobalCustomSrPolicies
} from './sr-policies';
import { seedOrganisation, seedUser } from './test-support/seed';

const t0 = 1_750_000_000;
const shipped = JSON.parse(readFileSync('src/lib/sr/policies/nl-twente.json', 'utf8'));
const customText = (title = 'Twente, eigen versie') =>
	JSON.stringify({ ...shipped, kind: 'custom', id: 'twente-eigen', title });

let db: Db;
let userId: string;
let orgA: string;
let orgB: string;

beforeEach(() => {
	db = openTestDatabase();
	userId = seedUser(db, 'advisor@example.nl', t0);
	orgA = seedOrganisation(db, userId, 'A BV', t0);
	orgB = seedOrganisation(db, userId, 'B BV', t0);
});

function create(organisationId: string | null, text = customText()) {
	const outcome = createCustomSrPolicy(db, organisationId, userId, text, t0);
	if (!outcome.ok) throw new Error(outcome.issues[0]?.message);
	return outcome.id;
}

const count = () => db.prepare('SELECT count(*) AS n FROM custom_sr_policies').get();

describe('custom SR policies: what is refused', () => {
	it.each([
		['not JSON', '{"format":', 'invalid-json', ''],
		[
			'a percentage above 100',
			customText().replace('"value":5,', '"value":105,'),
			'out-of-range',
			'standardPct.value'
		],
		['a shipped policy unchanged', JSON.stringify(shipped), 'invalid', 'kind'],
		[
			'an unknown field',
			JSON.stringify({ ...JSON.parse(customText()), colour: 'red' }),
			'unknown-field',
			'colour'
		]
	])('refuses %s and stores nothing', (_label, text, code, path) => {
		const outcome = createCustomSrPolicy(db, orgA, userId, text, t0);
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) expect(outcome.issues).toContainEqual(expect.objectContaining({ code, path }));
		expect(count()).toEqual({ n: 0 });
	});

	it('stores a valid custom policy with a custom: id, whatever id the file declares', () => {
		const id = create(orgA);
		expect(id).toMatch(/^custom:/);
		expect(getCustomSrPolicy(db, orgA, id)?.policy?.id).toBe('twente-eigen');
	});
});

describe('custom SR policies: scoping', () => {
	it("lists an organisation's own policies, then the global ones, never another's", () => {
		const own = create(orgA, customText('Eigen A'));
		create(orgB, customText('Eigen B'));
		const global = create(null, customText('Voor iedereen'));
		expect(listCustomSrPolicies(db, orgA).map((p) => [p.id, p.title, p.organisationId])).toEqual([
			[own, 'Eigen A', orgA],
			[global, 'Voor iedereen', null]
		]);
		expect(listGlobalCustomSrPolicies(db).map((p) => p.id)).toEqual([global]);
	});

	it("does not find another organisation's policy, and the global scope sees only global ones", () => {
		const ofB = create(orgB);
		const global = create(null);
		expect(getCustomSrPolicy(db, orgA, ofB)).toBeNull();
		expect(getCustomSrPolicy(db, null, ofB)).toBeNull();
		expect(getCustomSrPolicy(db, orgA, global)?.summary.organisationId).toBeNull();
		expect(getCustomSrPolicy(db, null, global)?.policy?.title).toBe('Twente, eigen versie');
	});

	it('goes with its organisation when that is deleted', () => {
		create(orgA);
		db.prepare('DELETE FROM organisations WHERE id = ?').run(orgA);
		expect(count()).toEqual({ n: 0 });
	});
});
