// Checked CSV lines kept on the server between the preview and the commit (issue 8), so the
// commit form carries a short token instead of every line. See migration 012.
import type { TargetGroupLine } from '$lib/pso/assessment-schema';
import { randomBytes } from 'node:crypto';
import type { Db } from '../db';

/** A preview can be committed for an hour; after that, the file is checked again. */
export const STAGING_LIFETIME_SECONDS = 60 * 60;

export type ImportMode = 'replace' | 'append';

export interface StagedImport {
	mode: ImportMode;
	lines: TargetGroupLine[];
}

interface Scope {
	assessmentId: string;
	userId: string;
}

/**
 * Stores checked lines under a new random token for this user and assessment, and removes
 * expired stagings of everyone (a cheap, indexed delete; no timer needed).
 */
export function stageLines(
	db: Db,
	scope: Scope,
	mode: ImportMode,
	lines: readonly TargetGroupLine[],
	now: number
): string {
	const token = randomBytes(24).toString('base64url');
	db.transaction(() => {
		removeExpiredStagings(db, now);
		db.prepare(
			`INSERT INTO import_staging (token, assessment_id, user_id, mode, line_count, lines_json, expires_at)
			 VALUES ($token, $assessmentId, $userId, $mode, $lineCount, $linesJson, $expiresAt)`
		).run({
			token,
			assessmentId: scope.assessmentId,
			userId: scope.userId,
			mode,
			lineCount: lines.length,
			linesJson: JSON.stringify(lines),
			expiresAt: now + STAGING_LIFETIME_SECONDS
		});
	}).immediate();
	return token;
}

/** The staged import behind `token`, only for the same user and assessment and unexpired. */
export function getStagedImport(
	db: Db,
	scope: Scope,
	token: string,
	now: number
): StagedImport | null {
	const row = db
		.prepare(
			`SELECT mode, lines_json FROM import_staging
			 WHERE token = $token AND assessment_id = $assessmentId AND user_id = $userId
			   AND expires_at > $now`
		)
		.get({ token, assessmentId: scope.assessmentId, userId: scope.userId, now }) as
		{ mode: ImportMode; lines_json: string } | undefined;
	if (!row) return null;
	// Written by `stageLines` from lines that passed the CSV check; not browser input.
	return { mode: row.mode, lines: JSON.parse(row.lines_json) as TargetGroupLine[] };
}

/** Forgets a staged import (after its commit); false when there was none in this scope. */
export function discardStagedImport(db: Db, scope: Scope, token: string): boolean {
	return (
		db
			.prepare(
				`DELETE FROM import_staging
				 WHERE token = $token AND assessment_id = $assessmentId AND user_id = $userId`
			)
			.run({ token, assessmentId: scope.assessmentId, userId: scope.userId }).changes > 0
	);
}

export function removeExpiredStagings(db: Db, now: number): number {
	return db.prepare('DELETE FROM import_staging WHERE expires_at <= $now').run({ now }).changes;
}
