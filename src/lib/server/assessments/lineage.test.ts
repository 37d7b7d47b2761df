import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseAssessment } from '$lib/pso/assessment-schema';
import { buildAssessmentDocument } from './document';
import {
	discardStagedAssessmentFile,
	getStagedAssessmentFile,
	stageAssessmentFile
} from './file-staging';
import { listAssessmentChoices, listAssessmentSummaries } from './history';
import { importAssessmentDocument, namesAnotherOrganisation } from './import';
import { addLine } from './lines';
import * as assessments from './records';
import { scoreStoredAssessment } from './scoring';
import { migrate, openTestDatabase, readMigrations, type Db } from '../db';
import { exportOrganisationData } from '../organisation-data';
import { createOrganisation } from '../organisations';
import { createUser } from '../users';

// Issue 11 item 4: three assessments named "Peiljaar 2025" are told apart by version, origin,
// source and last change.

const t0 = 1_750_000_000;
let db: Db;
let userId: string;
let orgId: string;

const p2025 = {
	name: 'Peiljaar 2025',
	periodStart: '2025-01-01',
	periodEnd: '2025-12-31',
	rulesetId: '2.1',
	fulltimeHours: 40
};
const p2024 = {
	...p2025,
	name: 'Peiljaar 2024',
	periodStart: '2024-01-01',
	periodEnd: '2024-12-31'
};

const get = (id: string) => assessments.getAssessment(db, orgId, id)!;
const line = (id: string) => ({
	id,
	position: 'wajong' as const,
	contract: 'regular' as const,
	hoursPerWeek: 40,
	start: '2020-03-01',
	end: null
});

function finalised(fields = p2025) {
	const a = get(assessments.createAssessment(db, orgId, userId, fields, t0));
	assessments.saveOrganisationFigures(
		db,
		a,
		{ totalFte: 50, headcount: 55, fulltimeHours: 40, monthsActive: 36 },
		t0
	);
	addLine(db, a, line('tg-1'));
	const fresh = get(a.id);
	const scored = scoreStoredAssessment(db, fresh, 'Groen BV');
	if (!scored.ok) throw new Error('not scorable');
	assessments.finaliseAssessment(db, fresh, scored.input, scored.result, userId, t0 + 1);
	return get(a.id);
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

describe('version and origin', () => {
	it('a new assessment is v1 of its period, origin new; the next in that period is v2', () => {
		const first = get(assessments.createAssessment(db, orgId, userId, p2025, t0));
		const second = get(assessments.createAssessment(db, orgId, userId, p2025, t0 + 1));
		const otherYear = get(assessments.createAssessment(db, orgId, userId, p2024, t0 + 2));
		expect([first, second, otherYear].map((a) => [a.version, a.origin, a.source])).toEqual([
			[1, 'new', null],
			[2, 'new', null],
			[1, 'new', null]
		]);
	});

	it('"start from a previous one" is a copy, numbered in its own period, naming its source', () => {
		const last = get(assessments.createAssessment(db, orgId, userId, p2024, t0));
		const copyId = assessments.copyAssessment(db, orgId, last.id, userId, p2025, t0 + 1)!;
		const sameYear = assessments.copyAssessment(db, orgId, last.id, userId, p2024, t0 + 2)!;
		expect(get(copyId)).toMatchObject({
			version: 1,
			origin: 'copy',
			source: { id: last.id, name: 'Peiljaar 2024', version: 1 }
		});
		expect(get(sameYear)).toMatchObject({ version: 2, origin: 'copy' });
	});

	it('"new version" of a final one is the next version of its period, from that version', () => {
		const final = finalised();
		const nextId = assessments.copyAssessment(db, orgId, final.id, userId, null, t0 + 5)!;
		expect(get(nextId)).toMatchObject({
			name: 'Peiljaar 2025',
			version: 2,
			origin: 'new-version',
			source: { id: final.id, name: 'Peiljaar 2025', version: 1 }
		});
	});

	it('an imported file is origin import and takes the next version of its period', () => {
		const final = finalised();
		const parsed = parseAssessment(buildAssessmentDocument(db, final, 'Groen BV'));
		if (!parsed.ok) throw new Error('export does not parse');
		const id = importAssessmentDocument(db, orgId, userId, parsed.value, 'x', t0 + 9);
		expect(get(id)).toMatchObject({ version: 2, origin: 'import', source: null });
	});

	it('a deleted source leaves the copy without a source, still a copy', () => {
		const source = get(assessments.createAssessment(db, orgId, userId, p2025, t0));
		const copyId = assessments.copyAssessment(db, orgId, source.id, userId, p2025, t0 + 1)!;
		assessments.deleteDraft(db, source);
		expect(get(copyId)).toMatchObject({ version: 2, origin: 'copy', source: null });
	});

	it('the lists of the timeline and the pickers carry the same version, origin and source', () => {
		const source = get(assessments.createAssessment(db, orgId, userId, p2025, t0));
		const copyId = assessments.copyAssessment(db, orgId, source.id, userId, p2025, t0 + 1)!;
		const pick = (list: { id: string; version: number; origin: string; source: unknown }[]) =>
			list.find((a) => a.id === copyId);
		const expected = {
			version: 2,
			origin: 'copy',
			source: { id: source.id, name: 'Peiljaar 2025', version: 1 }
		};
		expect(pick(listAssessmentChoices(db, orgId))).toMatchObject(expected);
		expect(pick(listAssessmentSummaries(db, orgId, 'Groen BV'))).toMatchObject(expected);
		expect(pick(assessments.listAssessments(db, orgId))).toMatchObject(expected);
	});

	it("the organisation's data export says which version each assessment is and where it came from", () => {
		const source = get(assessments.createAssessment(db, orgId, userId, p2025, t0));
		const copyId = assessments.copyAssessment(db, orgId, source.id, userId, p2025, t0 + 1)!;
		const exported = exportOrganisationData(db, orgId, '2026-01-01T00:00:00.000Z')!;
		expect(exported.assessments.map((a) => [a.id, a.version, a.origin, a.basedOn])).toEqual(
			expect.arrayContaining([
				[source.id, 1, 'new', null],
				[copyId, 2, 'copy', source.id]
			])
		);
	});

	it('a final assessment keeps its version and origin', () => {
		const final = finalised();
		expect(() =>
			db.prepare('UPDATE assessments SET version = 9 WHERE id = ?').run(final.id)
		).toThrow(/final/);
	});
});

describe('last change', () => {
	it('moves when a line changes (not only the assessment row), bumping the revision once', () => {
		const id = assessments.createAssessment(db, orgId, userId, p2025, t0);
		// As if last changed long ago; setting it is not itself a change.
		db.prepare('UPDATE assessments SET changed_at = 100 WHERE id = ?').run(id);
		const a = get(id);
		expect(a.changedAt).toBe(t0);
		const before = Math.floor(Date.now() / 1000);
		addLine(db, a, line('tg-1'));
		const after = get(a.id);
		expect(after.changedAt).toBeGreaterThanOrEqual(before);
		expect(after.revision).toBe(a.revision + 1);
		assessments.renameAssessment(db, after, 'Peiljaar 2025 (scenario)', t0 + 3);
		expect(get(a.id).revision).toBe(after.revision + 1);
	});
});

describe('migration 019 on existing assessments', () => {
	it('numbers each period by creation and marks rows with a source as copies', () => {
		const old = new Database(':memory:');
		old.pragma('foreign_keys = ON');
		const all = readMigrations();
		migrate(
			old,
			all.filter((m) => m.version < 19)
		);
		old.exec(`
			INSERT INTO users (id, email, password_hash, created_at) VALUES ('u', 'a@b.nl', 'h', 1);
			INSERT INTO organisations (id, name, kvk, fulltime_hours, created_at)
				VALUES ('o', 'Groen BV', '12345678', 40, 1);
		`);
		const insert = old.prepare(
			`INSERT INTO assessments (id, organisation_id, name, period_start, period_end, ruleset_id,
			   based_on, created_at, updated_at) VALUES (?, 'o', 'P', ?, ?, '2.1', ?, ?, ?)`
		);
		insert.run('b', '2025-01-01', '2025-12-31', null, 20, 20);
		insert.run('a', '2025-01-01', '2025-12-31', null, 10, 10);
		insert.run('c', '2025-01-01', '2025-12-31', 'a', 30, 30);
		insert.run('d', '2024-01-01', '2024-12-31', null, 40, 40);
		migrate(old, all);
		expect(old.prepare('SELECT id, version, origin FROM assessments ORDER BY id').all()).toEqual([
			{ id: 'a', version: 1, origin: 'new' },
			{ id: 'b', version: 2, origin: 'new' },
			{ id: 'c', version: 3, origin: 'copy' },
			{ id: 'd', version: 1, origin: 'new' }
		]);
	});
});

describe('namesAnotherOrganisation: the file records only a name', () => {
	it.each([
		['no organisation in the file', undefined, null],
		['no name in the file', { name: null }, null],
		['the same name', { name: 'Groen BV' }, null],
		['the same name in other case and spacing', { name: '  groen   bv ' }, null],
		['another name', { name: 'Bakkerij de Vries BV' }, 'Bakkerij de Vries BV']
	])('%s', (_, organisation, expected) => {
		expect(namesAnotherOrganisation({ organisation }, 'Groen BV')).toBe(expected);
	});
});

describe('a staged assessment file', () => {
	const doc = () => {
		const parsed = parseAssessment({
			format: 'pso-assessment/1',
			period: { start: '2025-01-01', end: '2025-12-31' },
			totalFte: 10
		});
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
		return parsed.value;
	};

	it('is read back only by the same user and organisation, until it expires or is discarded', () => {
		const scope = { organisationId: orgId, userId };
		const token = stageAssessmentFile(db, scope, 'peiljaar.json', doc(), t0);
		expect(getStagedAssessmentFile(db, scope, token, t0 + 10)?.fileName).toBe('peiljaar.json');
		const otherUser = createUser(db, 'bob@example.nl', 'hash', t0)!.id;
		expect(getStagedAssessmentFile(db, { ...scope, userId: otherUser }, token, t0)).toBeNull();
		expect(getStagedAssessmentFile(db, scope, token, t0 + 3600)).toBeNull();
		discardStagedAssessmentFile(db, scope, token);
		expect(getStagedAssessmentFile(db, scope, token, t0 + 10)).toBeNull();
	});
});
