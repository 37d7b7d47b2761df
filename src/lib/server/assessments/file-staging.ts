// A checked pso-assessment/1 file kept on the server between the upload and the import
// (issue 11 item 4): the user names the assessment and, when the file names another
// organisation, confirms, without uploading the file again. See migration 019.
import type { AssessmentInput } from '$lib/pso/assessment-schema';
import { randomBytes } from 'node:crypto';
import { STAGING_LIFETIME_SECONDS } from './csv-staging';
import type { Db } from '../db';

interface Scope {
	organisationId: string;
	userId: string;
}

export interface StagedAssessmentFile {
	fileName: string;
	document: AssessmentInput;
}

/** Stores a validated document under a new random token; removes everyone's expired ones. */
export function stageAssessmentFile(
	db: Db,
	scope: Scope,
	fileName: string,
	document: AssessmentInput,
	now: number
): string {
	const token = randomBytes(24).toString('base64url');
	db.transaction(() => {
		db.prepare('DELETE FROM assessment_file_staging WHERE expires_at <= $now').run({ now });
		db.prepare(
			`INSERT INTO assessment_file_staging
			   (token, organisation_id, user_id, file_name, document_json, expires_at)
			 VALUES ($token, $organisationId, $userId, $fileName, $documentJson, $expiresAt)`
		).run({
			token,
			organisationId: scope.organisationId,
			userId: scope.userId,
			fileName: fileName.slice(0, 200),
			documentJson: JSON.stringify(document),
			expiresAt: now + STAGING_LIFETIME_SECONDS
		});
	}).immediate();
	return token;
}

/** The staged file behind `token`, only for the same user and organisation and unexpired. */
export function getStagedAssessmentFile(
	db: Db,
	scope: Scope,
	token: string,
	now: number
): StagedAssessmentFile | null {
	const row = db
		.prepare(
			`SELECT file_name, document_json FROM assessment_file_staging
			 WHERE token = $token AND organisation_id = $organisationId AND user_id = $userId
			   AND expires_at > $now`
		)
		.get({ token, organisationId: scope.organisationId, userId: scope.userId, now }) as
		{ file_name: string; document_json: string } | undefined;
	if (!row) return null;
	// Written by `stageAssessmentFile` from a document that passed the schema; not browser input.
	return { fileName: row.file_name, document: JSON.parse(row.document_json) as AssessmentInput };
}

export function discardStagedAssessmentFile(db: Db, scope: Scope, token: string): void {
	db.prepare(
		`DELETE FROM assessment_file_staging
		 WHERE token = $token AND organisation_id = $organisationId AND user_id = $userId`
	).run({ token, organisationId: scope.organisationId, userId: scope.userId });
}
