import { MAX_LINES_PER_ASSESSMENT } from '$lib/pso/assessment-defaults';
import type { TargetGroupLine } from '$lib/pso/assessment-schema';
import { lineFields } from '$lib/pso/line-fields';
import type { Assessment } from './records';
import { assertCan } from './state';
import type { Db } from '../db';

export type LineRow = Record<string, string | number | null>;

const columns = lineFields.map((f) => f.column);

/** Rows to the file format's lines, leaving out what is not given (as an export would). */
export function rowToLine(row: LineRow): TargetGroupLine {
	const line: Record<string, unknown> = {};
	for (const f of lineFields) {
		const value = row[f.column];
		if (f.kind === 'boolean') {
			if (value) line[f.key] = true;
		} else if (f.always || value !== null) {
			line[f.key] = value;
		}
	}
	return line as TargetGroupLine;
}

const selectLinesSql = `SELECT ${columns.join(', ')} FROM assessment_lines
	WHERE assessment_id = $assessmentId ORDER BY seq, line_id`;

export function listLines(db: Db, assessment: Pick<Assessment, 'id'>): TargetGroupLine[] {
	return (db.prepare(selectLinesSql).all({ assessmentId: assessment.id }) as LineRow[]).map(
		rowToLine
	);
}

/** One line of the assessment, or null; with its place in the list (for undo). */
export function getLine(
	db: Db,
	assessment: Pick<Assessment, 'id'>,
	lineId: string
): { line: TargetGroupLine; seq: number } | null {
	const row = db
		.prepare(
			`SELECT seq, ${columns.join(', ')} FROM assessment_lines
			 WHERE assessment_id = $assessmentId AND line_id = $lineId`
		)
		.get({ assessmentId: assessment.id, lineId }) as (LineRow & { seq: number }) | undefined;
	return row ? { line: rowToLine(row), seq: row.seq } : null;
}

export function countLines(db: Db, assessmentId: string): number {
	return (
		db
			.prepare('SELECT count(*) AS n FROM assessment_lines WHERE assessment_id = $assessmentId')
			.get({ assessmentId }) as { n: number }
	).n;
}

/** A line's named parameters for `insertSql`: one per column, flags as 0 or 1. */
function lineParams(assessmentId: string, seq: number, line: TargetGroupLine): LineRow {
	const params: LineRow = { assessmentId, seq };
	for (const f of lineFields) {
		const value = line[f.key];
		params[f.column] =
			f.kind === 'boolean' || typeof value === 'boolean' ? (value ? 1 : 0) : (value ?? null);
	}
	return params;
}

const insertSql = `INSERT INTO assessment_lines (assessment_id, seq, ${columns.join(', ')})
	VALUES ($assessmentId, $seq, ${columns.map((c) => `$${c}`).join(', ')})`;

const copyLinesSql = `INSERT INTO assessment_lines (assessment_id, seq, ${columns.join(', ')})
	SELECT $toId, seq, ${columns.join(', ')} FROM assessment_lines WHERE assessment_id = $fromId`;

/** Copies every line of one assessment into another (a new version or a copy), in order. */
export function copyLines(db: Db, fromId: string, toId: string): void {
	db.prepare(copyLinesSql).run({ fromId, toId });
}

/**
 * Whether an assessment with `lines` target-group lines stays within the one limit that
 * holds for the line form, the CSV import and the JSON import alike.
 */
export function withinLineLimit(lines: number): boolean {
	return lines <= MAX_LINES_PER_ASSESSMENT;
}

export type LineWriteOutcome = 'saved' | 'duplicate-id' | 'not-found' | 'limit-reached';

export function addLine(db: Db, assessment: Assessment, line: TargetGroupLine): LineWriteOutcome {
	assertCan(assessment.status, 'edit');
	// One transaction, so two concurrent adds cannot both pass the limit check.
	return db
		.transaction((): LineWriteOutcome => {
			if (!withinLineLimit(countLines(db, assessment.id) + 1)) return 'limit-reached';
			const next = db
				.prepare(
					`SELECT coalesce(max(seq), 0) + 1 AS seq FROM assessment_lines
					 WHERE assessment_id = $assessmentId`
				)
				.get({ assessmentId: assessment.id }) as { seq: number };
			const result = db
				.prepare(`${insertSql} ON CONFLICT (assessment_id, line_id) DO NOTHING`)
				.run(lineParams(assessment.id, next.seq, line));
			return result.changes === 1 ? 'saved' : 'duplicate-id';
		})
		.immediate();
}

const selectSeqSql =
	'SELECT seq FROM assessment_lines WHERE assessment_id = $assessmentId AND line_id = $lineId';
const deleteLineSql =
	'DELETE FROM assessment_lines WHERE assessment_id = $assessmentId AND line_id = $lineId';

/** Replaces line `lineId` (which may be renamed to `line.id`), keeping its place in the list. */
export function updateLine(
	db: Db,
	assessment: Assessment,
	lineId: string,
	line: TargetGroupLine
): LineWriteOutcome {
	assertCan(assessment.status, 'edit');
	return db
		.transaction((): LineWriteOutcome => {
			const row = db.prepare(selectSeqSql).get({ assessmentId: assessment.id, lineId }) as
				{ seq: number } | undefined;
			if (!row) return 'not-found';
			if (line.id !== lineId) {
				const taken = db
					.prepare(selectSeqSql)
					.get({ assessmentId: assessment.id, lineId: line.id });
				if (taken) return 'duplicate-id';
			}
			db.prepare(deleteLineSql).run({ assessmentId: assessment.id, lineId });
			db.prepare(insertSql).run(lineParams(assessment.id, row.seq, line));
			return 'saved';
		})
		.immediate();
}

export function deleteLine(db: Db, assessment: Assessment, lineId: string): boolean {
	assertCan(assessment.status, 'edit');
	return db.prepare(deleteLineSql).run({ assessmentId: assessment.id, lineId }).changes > 0;
}

/**
 * Puts a deleted line back at its old place (undo): 'duplicate-id' when its kenmerk has been
 * used again since, 'limit-reached' when the list is full.
 */
export function restoreLine(
	db: Db,
	assessment: Assessment,
	line: TargetGroupLine,
	seq: number
): LineWriteOutcome {
	assertCan(assessment.status, 'edit');
	if (!withinLineLimit(countLines(db, assessment.id) + 1)) return 'limit-reached';
	const result = db
		.prepare(`${insertSql} ON CONFLICT (assessment_id, line_id) DO NOTHING`)
		.run(lineParams(assessment.id, seq, line));
	return result.changes === 1 ? 'saved' : 'duplicate-id';
}

/**
 * Runs `write` with the per-line audit and revision triggers off (migration 013), so a bulk
 * write of thousands of lines holds the write lock for milliseconds, not most of a second. Only
 * inside a transaction, which must end with `recordBulkLineWrite`.
 */
function withBulkLineWrite(db: Db, write: () => void): void {
	db.prepare('INSERT INTO bulk_line_write (id) VALUES (1)').run();
	try {
		write();
	} finally {
		db.prepare('DELETE FROM bulk_line_write').run();
	}
}

/** The one audit row and revision bump that stand for a bulk write of lines. */
function recordBulkLineWrite(db: Db, assessmentId: string, before: number, after: number): void {
	db.prepare('UPDATE assessments SET revision = revision + 1 WHERE id = $assessmentId').run({
		assessmentId
	});
	db.prepare(
		`INSERT INTO audit_log (organisation_id, at, user_id, user_email, entity, entity_id, action,
		   changes)
		 SELECT a.organisation_id, unixepoch(), actor.user_id, u.email, 'assessment', a.id, 'update',
		   json_object('target_group_lines', json_array($before, $after))
		 FROM assessments a
		 LEFT JOIN audit_actor actor ON actor.id = 1
		 LEFT JOIN users u ON u.id = actor.user_id
		 WHERE a.id = $assessmentId`
	).run({ assessmentId, before, after });
}

export type ImportLinesOutcome =
	| { ok: true; count: number }
	| { ok: false; duplicateIds: string[] }
	/** The assessment would hold more than `MAX_LINES_PER_ASSESSMENT` lines. */
	| { ok: false; overLimit: { lines: number; max: number } };

/**
 * Writes imported lines all-or-nothing: `replace` swaps the whole list, `append` adds to it and
 * fails (writing nothing) when an id is already used or the list would pass the line limit.
 */
export function importLines(
	db: Db,
	assessment: Assessment,
	lines: readonly TargetGroupLine[],
	mode: 'replace' | 'append'
): ImportLinesOutcome {
	assertCan(assessment.status, 'edit');
	return db
		.transaction((): ImportLinesOutcome => {
			const before = countLines(db, assessment.id);
			const total = lines.length + (mode === 'append' ? before : 0);
			if (!withinLineLimit(total)) {
				return { ok: false, overLimit: { lines: total, max: MAX_LINES_PER_ASSESSMENT } };
			}
			if (mode === 'replace') {
				withBulkLineWrite(db, () =>
					db
						.prepare('DELETE FROM assessment_lines WHERE assessment_id = $assessmentId')
						.run({ assessmentId: assessment.id })
				);
			} else {
				const existing = new Set(listLines(db, assessment).map((l) => l.id));
				const duplicateIds = lines.filter((l) => existing.has(l.id)).map((l) => l.id);
				if (duplicateIds.length > 0) return { ok: false as const, duplicateIds };
			}
			const start = (
				db
					.prepare(
						'SELECT coalesce(max(seq), 0) AS seq FROM assessment_lines WHERE assessment_id = $assessmentId'
					)
					.get({ assessmentId: assessment.id }) as { seq: number }
			).seq;
			const insert = db.prepare(insertSql);
			withBulkLineWrite(db, () =>
				lines.forEach((line, i) => insert.run(lineParams(assessment.id, start + i + 1, line)))
			);
			recordBulkLineWrite(db, assessment.id, before, total);
			return { ok: true as const, count: lines.length };
		})
		.immediate();
}
