// The outcome cache (outcome.ts) is keyed by the assessment's revision, so it is only ever
// fresh if every row that feeds scoring bumps that revision when it changes. The tables are
// read from the schema, not listed here: a new table of assessment rows without its revision
// triggers fails this test.
import { assessment, line, purchaseForFte } from '$lib/pso/test-support/assessment-builder';
import { beforeEach, describe, expect, it } from 'vitest';
import { importLines } from './lines';
import { getAssessment } from './records';
import { openTestDatabase, type Db } from '../db';
import { seedAssessment, seedOrganisation, seedUser } from '../test-support/seed';

/**
 * Tables with an assessment_id that are not inputs of scoring:
 * - assessment_outcomes is the cache itself (writing it must not invalidate it);
 * - import_staging holds a checked CSV import until the user stores it (issue 8); storing
 *   it writes assessment_lines, which is covered;
 * - assessment_line_figures(_key) cache the per-line figures under the same key (migration 017);
 * - deleted_rows keeps a deleted line or purchase for undo; restoring it writes the input table.
 * Audit rows (audit_log) point at assessments through entity_id text, not assessment_id.
 */
const notScoringInputs = new Set([
	'assessment_outcomes',
	'import_staging',
	'assessment_line_figures',
	'assessment_line_figures_key',
	'deleted_rows'
]);

function tablesReferencingAssessments(db: Db): string[] {
	const tables = db
		.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
		.pluck()
		.all() as string[];
	return tables.filter((table) =>
		(
			db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string; from: string }[]
		).some((fk) => fk.table === 'assessments' && fk.from === 'assessment_id')
	);
}

const now = 1_767_225_600;
let db: Db;
let orgId: string;
let assessmentId: string;

const revision = () =>
	db.prepare('SELECT revision FROM assessments WHERE id = ?').pluck().get(assessmentId) as number;

beforeEach(() => {
	db = openTestDatabase();
	const userId = seedUser(db, 'owner@example.nl', now);
	orgId = seedOrganisation(db, userId, 'Revisie BV', now);
	// A draft with at least one row in every table of assessment inputs.
	assessmentId = seedAssessment(
		db,
		orgId,
		userId,
		assessment({
			targetGroup: [line(), line()],
			purchases: [purchaseForFte(1)],
			evidence: { guidance: { items: [{ document: 'Begeleidingsplan.pdf' }] } }
		}),
		{ now }
	);
});

describe('every table feeding scoring bumps the assessment revision', () => {
	it('finds the input tables in the schema', () => {
		const inputs = tablesReferencingAssessments(db).filter((t) => !notScoringInputs.has(t));
		// The ones known today; more may come, fewer means the schema lookup broke.
		expect(inputs).toEqual(
			expect.arrayContaining([
				'assessment_lines',
				'assessment_purchases',
				'assessment_criteria',
				'assessment_evidence'
			])
		);
		for (const excluded of notScoringInputs) {
			expect(tablesReferencingAssessments(db), `${excluded} is still in the schema`).toContain(
				excluded
			);
		}
	});

	it.each(['UPDATE', 'DELETE', 'INSERT'] as const)('on %s of a row', (operation) => {
		const inputs = tablesReferencingAssessments(db).filter((t) => !notScoringInputs.has(t));
		for (const table of inputs) {
			const info = db.prepare(`PRAGMA table_info(${table})`).all() as {
				name: string;
				pk: number;
			}[];
			const names = info.map((c) => c.name);
			const byKey = info
				.filter((c) => c.pk > 0)
				.map((c) => `${c.name} = @${c.name}`)
				.join(' AND ');
			const row = db
				.prepare(`SELECT * FROM ${table} WHERE assessment_id = ? LIMIT 1`)
				.get(assessmentId) as Record<string, unknown> | undefined;
			expect(row, `${table} has a seeded row`).toBeDefined();
			const column = names.find((c) => c !== 'assessment_id')!;
			const insert = () =>
				db
					.prepare(
						`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((c) => `@${c}`).join(', ')})`
					)
					.run(row);
			const remove = () => db.prepare(`DELETE FROM ${table} WHERE ${byKey}`).run(row);
			if (operation === 'INSERT') remove();
			const before = revision();
			if (operation === 'UPDATE') {
				db.prepare(`UPDATE ${table} SET ${column} = ${column} WHERE ${byKey}`).run(row);
			} else if (operation === 'DELETE') {
				remove();
			} else {
				insert();
			}
			expect(revision(), `${operation} on ${table}`).toBeGreaterThan(before);
		}
	});

	it('on a bulk line write, which turns the per-line triggers off and bumps once itself', () => {
		const before = revision();
		const outcome = importLines(
			db,
			getAssessment(db, orgId, assessmentId)!,
			[line({ id: 'bulk-1' }), line({ id: 'bulk-2' })],
			'replace'
		);
		expect(outcome.ok).toBe(true);
		expect(revision()).toBeGreaterThan(before);
	});

	it('on a change to the assessment row itself', () => {
		const before = revision();
		db.prepare("UPDATE assessments SET plan_note = 'x' WHERE id = ?").run(assessmentId);
		expect(revision()).toBeGreaterThan(before);
	});
});
