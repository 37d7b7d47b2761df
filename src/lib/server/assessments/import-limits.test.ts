// Issue 8: one limit on lines per assessment, the same for the line form, the CSV import and
// the JSON import; checked CSV lines staged on the server under a short-lived, scoped token.
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_LINES_PER_ASSESSMENT } from '$lib/pso/assessment-defaults';
import type { TargetGroupLine } from '$lib/pso/assessment-schema';
import { addLine, countLines, importLines, listLines } from './lines';
import * as assessments from './records';
import {
	discardStagedImport,
	getStagedImport,
	stageLines,
	STAGING_LIFETIME_SECONDS
} from './csv-staging';
import { openTestDatabase, type Db } from '../db';
import { createOrganisation } from '../organisations';
import { createUser } from '../users';

const t0 = 1_750_000_000;
let db: Db;
let userId: string;
let otherUserId: string;
let orgId: string;

const line = (i: number): TargetGroupLine => ({
	id: `tg-${i}`,
	position: 'wajong',
	contract: 'regular',
	hoursPerWeek: 1,
	start: '2020-03-01',
	end: null
});
const linesFrom = (from: number, count: number) =>
	Array.from({ length: count }, (_, i) => line(from + i));

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
	userId = createUser(db, 'ann@example.nl', 'x', t0)!.id;
	otherUserId = createUser(db, 'bob@example.nl', 'x', t0)!.id;
	orgId = createOrganisation(
		db,
		userId,
		{ name: 'Alpha BV', kvk: '12345678', sector: null, fulltimeHours: 40 },
		t0
	).id;
});

describe('line limit', () => {
	it('an import of exactly the limit is stored; one line more stores nothing', () => {
		const a = draft();
		expect(importLines(db, a, linesFrom(1, MAX_LINES_PER_ASSESSMENT), 'replace')).toEqual({
			ok: true,
			count: MAX_LINES_PER_ASSESSMENT
		});
		expect(importLines(db, a, linesFrom(1, MAX_LINES_PER_ASSESSMENT + 1), 'replace')).toEqual({
			ok: false,
			overLimit: { lines: MAX_LINES_PER_ASSESSMENT + 1, max: MAX_LINES_PER_ASSESSMENT }
		});
		expect(countLines(db, a.id)).toBe(MAX_LINES_PER_ASSESSMENT);
	});

	it('appending counts the lines already there', () => {
		const a = draft();
		importLines(db, a, linesFrom(1, MAX_LINES_PER_ASSESSMENT - 2), 'replace');
		const extra = linesFrom(MAX_LINES_PER_ASSESSMENT, 3);
		expect(importLines(db, a, extra, 'append')).toEqual({
			ok: false,
			overLimit: { lines: MAX_LINES_PER_ASSESSMENT + 1, max: MAX_LINES_PER_ASSESSMENT }
		});
		expect(importLines(db, a, extra.slice(0, 2), 'append')).toMatchObject({ ok: true });
	});

	it('the line form refuses a line once the assessment is full', () => {
		const a = draft();
		importLines(db, a, linesFrom(1, MAX_LINES_PER_ASSESSMENT - 1), 'replace');
		expect(addLine(db, a, line(MAX_LINES_PER_ASSESSMENT))).toBe('saved');
		expect(addLine(db, a, line(MAX_LINES_PER_ASSESSMENT + 1))).toBe('limit-reached');
		expect(countLines(db, a.id)).toBe(MAX_LINES_PER_ASSESSMENT);
	});
});

describe('CSV staging', () => {
	it('gives the staged lines back to the same user and assessment only', () => {
		const a = draft();
		const b = draft();
		const lines = linesFrom(1, 3);
		const token = stageLines(db, { assessmentId: a.id, userId }, 'append', lines, t0);
		expect(token).toMatch(/^[\w-]{32}$/);
		expect(getStagedImport(db, { assessmentId: a.id, userId }, token, t0 + 60)).toEqual({
			mode: 'append',
			lines
		});
		expect(getStagedImport(db, { assessmentId: b.id, userId }, token, t0)).toBeNull();
		expect(getStagedImport(db, { assessmentId: a.id, userId: otherUserId }, token, t0)).toBeNull();
		expect(getStagedImport(db, { assessmentId: a.id, userId }, 'x'.repeat(32), t0)).toBeNull();
	});

	it('expires after its lifetime and is removed by the next preview', () => {
		const a = draft();
		const scope = { assessmentId: a.id, userId };
		const old = stageLines(db, scope, 'replace', linesFrom(1, 2), t0);
		const later = t0 + STAGING_LIFETIME_SECONDS;
		expect(getStagedImport(db, scope, old, later - 1)).not.toBeNull();
		expect(getStagedImport(db, scope, old, later)).toBeNull();
		stageLines(db, scope, 'replace', linesFrom(1, 2), later);
		const left = db.prepare('SELECT count(*) AS n FROM import_staging').get() as { n: number };
		expect(left.n).toBe(1);
	});

	it('is single use, and goes with its assessment', () => {
		const a = draft();
		const scope = { assessmentId: a.id, userId };
		const token = stageLines(db, scope, 'replace', linesFrom(1, 2), t0);
		const staged = getStagedImport(db, scope, token, t0)!;
		expect(importLines(db, a, staged.lines, staged.mode)).toMatchObject({ ok: true, count: 2 });
		expect(discardStagedImport(db, scope, token)).toBe(true);
		expect(getStagedImport(db, scope, token, t0)).toBeNull();
		expect(listLines(db, a).map((l) => l.id)).toEqual(['tg-1', 'tg-2']);

		stageLines(db, scope, 'replace', linesFrom(1, 2), t0);
		db.prepare('DELETE FROM assessments WHERE id = ?').run(a.id);
		const left = db.prepare('SELECT count(*) AS n FROM import_staging').get() as { n: number };
		expect(left.n).toBe(0);
	});
});
