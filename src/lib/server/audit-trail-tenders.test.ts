import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeAuditEntry } from '$lib/i18n/audit-text';
import { asActor } from './audit';
import { listAuditTrail, noAuditFilter } from './audit-trail';
import Database from 'better-sqlite3';
import { migrate, openTestDatabase, readMigrations, type Db } from './db';
import { createOrganisation } from './organisations';
import { createCustomSrPolicy } from './sr-policies';
import { addTender, deleteTender, updateTender, type TenderFields } from './tenders';
import { createUser } from './users';

// Tenders and an organisation's own SR policies in the audit trail (migration 027), written
// by the real tender and policy functions and read as the audit page reads them.

const t0 = 1_750_000_000;
let db: Db;
let ann: string;
let orgId: string;

const fields = (overrides: Partial<TenderFields> = {}): TenderFields => ({
	name: 'Onderhoud groen',
	policyId: 'nl-noordoost-brabant',
	contractValue: 2_000_000,
	scope: 'services',
	labourSharePct: null,
	start: '2027-01-01',
	end: '2028-12-31',
	pctOverride: null,
	notes: null,
	...overrides
});

const trail = (filter = {}) =>
	listAuditTrail(db, orgId, { ...noAuditFilter, ...filter }, { page: 1, perPage: 50 }).entries;
const sentences = (filter = {}) => trail(filter).map((e) => describeAuditEntry(e, 'nl').sentence);

const twente = JSON.parse(readFileSync('src/lib/sr/policies/nl-twente.json', 'utf8'));
const customText = (title: string) =>
	JSON.stringify({ ...twente, kind: 'custom', id: 'twente-eigen', title });

beforeEach(() => {
	db = openTestDatabase();
	ann = createUser(db, 'ann@example.nl', 'hash', t0)!.id;
	orgId = asActor(db, ann, () =>
		createOrganisation(
			db,
			ann,
			{ name: 'Groen BV', kvk: '12345678', sector: null, fulltimeHours: 40 },
			t0
		)
	).id;
});

describe('tenders in the audit trail', () => {
	it('shows adding, editing and deleting a tender as readable sentences, by whom', () => {
		const tender = asActor(db, ann, () => addTender(db, orgId, ann, fields(), t0));
		asActor(db, ann, () =>
			updateTender(
				db,
				orgId,
				tender.id,
				fields({ contractValue: 2_500_000, pctOverride: 5 }),
				t0 + 1
			)
		);
		// Saving without a change writes no entry.
		asActor(db, ann, () =>
			updateTender(
				db,
				orgId,
				tender.id,
				fields({ contractValue: 2_500_000, pctOverride: 5 }),
				t0 + 2
			)
		);
		expect(sentences({ entity: 'tender' })).toEqual([
			'Aanbesteding ‘Onderhoud groen’ gewijzigd: Opdrachtwaarde (€, excl. btw) 2.000.000 → 2.500.000; Social Return-percentage uit de aanbestedingsstukken (%) leeg → 5',
			'Aanbesteding ‘Onderhoud groen’ toegevoegd: Naam van de opdracht: Onderhoud groen; Beleid van de opdrachtgever: Regionaal Social Return-beleid Noordoost-Brabant; Opdrachtwaarde (€, excl. btw): 2.000.000; Soort opdracht: Diensten; Begin opdracht: 01-01-2027; Einde opdracht: 31-12-2028'
		]);
		expect(trail({ entity: 'tender' }).map((e) => e.userEmail)).toEqual([
			'ann@example.nl',
			'ann@example.nl'
		]);

		asActor(db, ann, () => deleteTender(db, orgId, tender.id));
		// The deleted tender is still named, by what the trail recorded.
		expect(sentences({ entity: 'tender' })[0]).toMatch(
			/^Aanbesteding ‘Onderhoud groen’ verwijderd: /
		);
	});

	it('names the one who created a tender even when the write named no actor', () => {
		addTender(db, orgId, ann, fields(), t0);
		expect(trail({ entity: 'tender' })[0]?.userEmail).toBe('ann@example.nl');
	});

	it("records an organisation's own SR policy, and never a global one", () => {
		asActor(db, ann, () =>
			createCustomSrPolicy(db, orgId, ann, customText('Twente, eigen versie'), t0)
		);
		asActor(db, ann, () => createCustomSrPolicy(db, null, ann, customText('Voor iedereen'), t0));
		const rows = db.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'sr-policy'`).get();
		expect(rows).toEqual({ n: 1 });
		expect(sentences({ entity: 'sr-policy' })).toEqual([
			`Social Return-beleid ‘Twente, eigen versie’ toegevoegd: Naam van het beleid: Twente, eigen versie; Versie: ${twente.version}`
		]);
	});

	it('keeps the trail whole and unchangeable after the rebuild of migration 027', () => {
		asActor(db, ann, () => addTender(db, orgId, ann, fields(), t0));
		expect(() => db.prepare('UPDATE audit_log SET changes = ?').run('{}')).toThrow(
			/cannot be changed/
		);
		expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/cannot be changed/);
		expect(trail().map((e) => e.entity)).toEqual(['tender', 'access', 'organisation']);
		expect(db.pragma('foreign_key_check')).toEqual([]);
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
	});

	it('keeps every existing entry, its id and the id counter when migration 027 rebuilds the trail', () => {
		const old = new Database(':memory:');
		old.pragma('foreign_keys = ON');
		const all = readMigrations();
		migrate(
			old,
			all.filter((m) => m.version < 27)
		);
		const user = createUser(old, 'bob@example.nl', 'hash', t0)!.id;
		for (const name of ['Een BV', 'Twee BV']) {
			asActor(old, user, () =>
				createOrganisation(
					old,
					user,
					{ name, kvk: '12345678', sector: null, fulltimeHours: 40 },
					t0
				)
			);
		}
		const before = old.prepare('SELECT * FROM audit_log ORDER BY id').all();
		const seq = old.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`).get();
		expect(before.length).toBeGreaterThan(2);

		expect(migrate(old, all)).toBe(all.at(-1)!.version);
		expect(old.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(before);
		expect(old.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`).get()).toEqual(
			seq
		);
		expect(
			old.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'audit_log_new%'`).get()
		).toEqual({ n: 0 });
		old.close();
	});
});
