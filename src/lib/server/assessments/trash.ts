// Deleting a line or purchase can be undone for a while (issue 11 item 2): the deleted row is
// kept in deleted_rows (migration 017) with its place in the list, and "Ongedaan maken" puts it
// back exactly, with the same id. The audit triggers record both the delete and the restore
// (as the row's re-creation). Call these inside `writeAs`, so the actor is named.
import {
	purchaseSchema,
	targetGroupLineSchema,
	type TargetGroupLine
} from '$lib/pso/assessment-schema';
import { z } from 'zod';
import type { Db } from '../db';
import { newId } from '../ids';
import * as lines from './lines';
import * as purchases from './purchases';
import type { Assessment } from './records';
import { assertCan } from './state';

/** How long a deleted row can be restored. */
export const UNDO_WINDOW_SECONDS = 15 * 60;

export type TrashKind = 'line' | 'purchase';

interface Kept<T> {
	row: T;
	seq: number;
}

function keep(
	db: Db,
	assessment: Assessment,
	kind: TrashKind,
	rowKey: string,
	kept: Kept<unknown>,
	userId: string,
	now: number
): string {
	// Expired rows go here rather than on a timer: nothing else needs them gone sooner.
	db.prepare('DELETE FROM deleted_rows WHERE deleted_at < $oldest').run({
		oldest: now - UNDO_WINDOW_SECONDS
	});
	const id = newId();
	db.prepare(
		`INSERT INTO deleted_rows (id, organisation_id, assessment_id, kind, row_key, row_json,
		   deleted_by, deleted_at)
		 VALUES ($id, $organisationId, $assessmentId, $kind, $rowKey, $rowJson, $userId, $now)`
	).run({
		id,
		organisationId: assessment.organisationId,
		assessmentId: assessment.id,
		kind,
		rowKey,
		rowJson: JSON.stringify(kept),
		userId,
		now
	});
	return id;
}

/** Deletes line `lineId` and keeps it for undo; the undo token, or null if there is no such line. */
export function trashLine(
	db: Db,
	assessment: Assessment,
	lineId: string,
	userId: string,
	now: number
): string | null {
	assertCan(assessment.status, 'edit');
	return db
		.transaction(() => {
			const found = lines.getLine(db, assessment, lineId);
			if (!found || !lines.deleteLine(db, assessment, lineId)) return null;
			return keep(db, assessment, 'line', lineId, { row: found.line, seq: found.seq }, userId, now);
		})
		.immediate();
}

/** Deletes a purchase and keeps it for undo; the token and supplier, or null if not found. */
export function trashPurchase(
	db: Db,
	assessment: Assessment,
	rowId: string,
	userId: string,
	now: number
): { token: string; supplier: string } | null {
	assertCan(assessment.status, 'edit');
	return db
		.transaction(() => {
			const found = purchases.getPurchase(db, assessment, rowId);
			if (!found || !purchases.deletePurchase(db, assessment, rowId)) return null;
			const kept = { row: found.purchase, seq: found.seq };
			const token = keep(db, assessment, 'purchase', rowId, kept, userId, now);
			return { token, supplier: found.purchase.supplier };
		})
		.immediate();
}

export type RestoreOutcome =
	| { ok: true; kind: 'line'; lineId: string }
	| { ok: true; kind: 'purchase'; supplier: string }
	/** No such token for this assessment, or its 15 minutes have passed. */
	| { ok: false; reason: 'gone' }
	/** The kenmerk (or row) is in use again. */
	| { ok: false; reason: 'id-taken'; lineId?: string }
	| { ok: false; reason: 'limit-reached' };

interface TrashRow {
	kind: TrashKind;
	row_key: string;
	row_json: string;
}

/**
 * Puts the `kind` row behind `token` back, if it belongs to this assessment (and so to its
 * organisation), is younger than the undo window and its id is free; the token is used up.
 */
export function restoreFromTrash(
	db: Db,
	assessment: Assessment,
	kind: TrashKind,
	token: string,
	now: number
): RestoreOutcome {
	assertCan(assessment.status, 'edit');
	return db
		.transaction((): RestoreOutcome => {
			const found = db
				.prepare(
					`SELECT kind, row_key, row_json FROM deleted_rows
					 WHERE id = $token AND organisation_id = $organisationId
					   AND assessment_id = $assessmentId AND kind = $kind AND deleted_at >= $oldest`
				)
				.get({
					token,
					organisationId: assessment.organisationId,
					assessmentId: assessment.id,
					kind,
					oldest: now - UNDO_WINDOW_SECONDS
				}) as TrashRow | undefined;
			if (!found) return { ok: false, reason: 'gone' };
			const outcome = restoreRow(db, assessment, found);
			if (outcome.ok) db.prepare('DELETE FROM deleted_rows WHERE id = $token').run({ token });
			return outcome;
		})
		.immediate();
}

function restoreRow(db: Db, assessment: Assessment, found: TrashRow): RestoreOutcome {
	if (found.kind === 'line') {
		const kept = JSON.parse(found.row_json) as Kept<TargetGroupLine>;
		// Stored by this module from a valid line; checked again, as anything read back is.
		const line = targetGroupLineSchema.parse(kept.row);
		const saved = lines.restoreLine(db, assessment, line, kept.seq);
		if (saved === 'saved') return { ok: true, kind: 'line', lineId: line.id };
		if (saved === 'limit-reached') return { ok: false, reason: 'limit-reached' };
		return { ok: false, reason: 'id-taken', lineId: line.id };
	}
	const kept = JSON.parse(found.row_json) as Kept<purchases.StoredPurchase>;
	const { rowId, ...fields } = kept.row;
	const purchase = { ...purchaseSchema.parse(fields), rowId: z.string().parse(rowId) };
	if (!purchases.restorePurchase(db, assessment, purchase, kept.seq)) {
		return { ok: false, reason: 'id-taken' };
	}
	return { ok: true, kind: 'purchase', supplier: purchase.supplier };
}
