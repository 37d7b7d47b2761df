import { MAX_LINES_PER_ASSESSMENT } from '$lib/pso/assessment-defaults';
import type { TargetGroupLine } from '$lib/pso/assessment-schema';
import type { Assessment } from './records';
import { assertCan } from './state';
import type { Db } from '../db';

interface LineRow {
	line_id: string;
	position: TargetGroupLine['position'];
	contract: TargetGroupLine['contract'];
	hours_per_week: number;
	start_date: string;
	end_date: string | null;
	inflow: string | null;
	lks_until: string | null;
	indication_until: string | null;
	school_left: string | null;
	ww_months: number | null;
	further_indication: number;
	durable: number;
}

/** Rows to the file format's lines, leaving out what is not given (as an export would). */
function toLine(r: LineRow): TargetGroupLine {
	const line: TargetGroupLine = {
		id: r.line_id,
		position: r.position,
		contract: r.contract,
		hoursPerWeek: r.hours_per_week,
		start: r.start_date,
		end: r.end_date
	};
	if (r.inflow) line.inflow = r.inflow;
	if (r.lks_until) line.lksUntil = r.lks_until;
	if (r.indication_until) line.indicationUntil = r.indication_until;
	if (r.school_left) line.schoolLeft = r.school_left;
	if (r.ww_months !== null) line.wwMonths = r.ww_months;
	if (r.further_indication) line.furtherIndication = true;
	if (r.durable) line.durable = true;
	return line;
}

export function listLines(db: Db, assessment: Pick<Assessment, 'id'>): TargetGroupLine[] {
	return (
		db
			.prepare(
				`SELECT line_id, position, contract, hours_per_week, start_date, end_date, inflow, lks_until,
				   indication_until, school_left, ww_months, further_indication, durable
				 FROM assessment_lines WHERE assessment_id = ? ORDER BY seq, line_id`
			)
			.all(assessment.id) as LineRow[]
	).map(toLine);
}

export function countLines(db: Db, assessmentId: string): number {
	return (
		db
			.prepare('SELECT count(*) AS n FROM assessment_lines WHERE assessment_id = ?')
			.get(assessmentId) as {
			n: number;
		}
	).n;
}

function lineValues(assessmentId: string, seq: number, l: TargetGroupLine) {
	return [
		assessmentId,
		seq,
		l.id,
		l.position,
		l.contract,
		l.hoursPerWeek,
		l.start,
		l.end ?? null,
		l.inflow ?? null,
		l.lksUntil ?? null,
		l.indicationUntil ?? null,
		l.schoolLeft ?? null,
		l.wwMonths ?? null,
		l.furtherIndication ? 1 : 0,
		l.durable ? 1 : 0
	];
}

const insertSql = `INSERT INTO assessment_lines (assessment_id, seq, line_id, position, contract,
	hours_per_week, start_date, end_date, inflow, lks_until, indication_until, school_left, ww_months,
	further_indication, durable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

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
					'SELECT coalesce(max(seq), 0) + 1 AS seq FROM assessment_lines WHERE assessment_id = ?'
				)
				.get(assessment.id) as { seq: number };
			const result = db
				.prepare(`${insertSql} ON CONFLICT (assessment_id, line_id) DO NOTHING`)
				.run(...lineValues(assessment.id, next.seq, line));
			return result.changes === 1 ? 'saved' : 'duplicate-id';
		})
		.immediate();
}

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
			const row = db
				.prepare('SELECT seq FROM assessment_lines WHERE assessment_id = ? AND line_id = ?')
				.get(assessment.id, lineId) as { seq: number } | undefined;
			if (!row) return 'not-found';
			if (line.id !== lineId) {
				const taken = db
					.prepare('SELECT 1 FROM assessment_lines WHERE assessment_id = ? AND line_id = ?')
					.get(assessment.id, line.id);
				if (taken) return 'duplicate-id';
			}
			db.prepare('DELETE FROM assessment_lines WHERE assessment_id = ? AND line_id = ?').run(
				assessment.id,
				lineId
			);
			db.prepare(insertSql).run(...lineValues(assessment.id, row.seq, line));
			return 'saved';
		})
		.immediate();
}

export function deleteLine(db: Db, assessment: Assessment, lineId: string): boolean {
	assertCan(assessment.status, 'edit');
	return (
		db
			.prepare('DELETE FROM assessment_lines WHERE assessment_id = ? AND line_id = ?')
			.run(assessment.id, lineId).changes > 0
	);
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
	db.prepare('UPDATE assessments SET revision = revision + 1 WHERE id = ?').run(assessmentId);
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
					db.prepare('DELETE FROM assessment_lines WHERE assessment_id = ?').run(assessment.id)
				);
			} else {
				const existing = new Set(listLines(db, assessment).map((l) => l.id));
				const duplicateIds = lines.filter((l) => existing.has(l.id)).map((l) => l.id);
				if (duplicateIds.length > 0) return { ok: false as const, duplicateIds };
			}
			const start = (
				db
					.prepare(
						'SELECT coalesce(max(seq), 0) AS seq FROM assessment_lines WHERE assessment_id = ?'
					)
					.get(assessment.id) as { seq: number }
			).seq;
			const insert = db.prepare(insertSql);
			withBulkLineWrite(db, () =>
				lines.forEach((line, i) => insert.run(...lineValues(assessment.id, start + i + 1, line)))
			);
			recordBulkLineWrite(db, assessment.id, before, total);
			return { ok: true as const, count: lines.length };
		})
		.immediate();
}
