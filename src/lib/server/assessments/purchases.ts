import type { Purchase } from '$lib/pso/assessment-schema';
import { purchaseFields } from '$lib/pso/purchase-fields';
import type { Assessment } from './records';
import { assertCan } from './state';
import type { Db } from '../db';
import { newId } from '../ids';

export interface StoredPurchase extends Purchase {
	rowId: string;
}

type PurchaseRow = Record<string, string | number>;

const columns = purchaseFields.map((f) => f.column);

function toPurchase(row: PurchaseRow): StoredPurchase {
	const purchase: Record<string, unknown> = { rowId: row.id };
	for (const f of purchaseFields) purchase[f.key] = row[f.column];
	return purchase as unknown as StoredPurchase;
}

/** A purchase's named parameters: one per column. */
function purchaseParams(p: Purchase): PurchaseRow {
	return Object.fromEntries(purchaseFields.map((f) => [f.column, p[f.key]]));
}

export function listPurchases(db: Db, assessment: Pick<Assessment, 'id'>): StoredPurchase[] {
	return (
		db
			.prepare(
				`SELECT id, ${columns.join(', ')} FROM assessment_purchases
				 WHERE assessment_id = $assessmentId ORDER BY seq, id`
			)
			.all({ assessmentId: assessment.id }) as PurchaseRow[]
	).map(toPurchase);
}

export function addPurchases(db: Db, assessment: Assessment, purchases: readonly Purchase[]): void {
	assertCan(assessment.status, 'edit');
	db.transaction(() => {
		const { seq } = db
			.prepare(
				`SELECT coalesce(max(seq), 0) AS seq FROM assessment_purchases
				 WHERE assessment_id = $assessmentId`
			)
			.get({ assessmentId: assessment.id }) as { seq: number };
		const insert = db.prepare(
			`INSERT INTO assessment_purchases (id, assessment_id, seq, ${columns.join(', ')})
			 VALUES ($id, $assessmentId, $seq, ${columns.map((c) => `$${c}`).join(', ')})`
		);
		purchases.forEach((p, i) =>
			insert.run({
				id: newId(),
				assessmentId: assessment.id,
				seq: seq + i + 1,
				...purchaseParams(p)
			})
		);
	}).immediate();
}

/** Copies every purchase of one assessment into another (a new version or a copy), in order. */
export function copyPurchases(db: Db, fromId: string, toId: string): void {
	const ids = db
		.prepare('SELECT id FROM assessment_purchases WHERE assessment_id = $fromId ORDER BY seq')
		.pluck()
		.all({ fromId }) as string[];
	const copy = db.prepare(
		`INSERT INTO assessment_purchases (id, assessment_id, seq, ${columns.join(', ')})
		 SELECT $id, $toId, seq, ${columns.join(', ')} FROM assessment_purchases WHERE id = $sourceId`
	);
	for (const sourceId of ids) copy.run({ id: newId(), toId, sourceId });
}

export function updatePurchase(
	db: Db,
	assessment: Assessment,
	rowId: string,
	p: Purchase
): boolean {
	assertCan(assessment.status, 'edit');
	return (
		db
			.prepare(
				`UPDATE assessment_purchases SET ${columns.map((c) => `${c} = $${c}`).join(', ')}
				 WHERE id = $rowId AND assessment_id = $assessmentId`
			)
			.run({ rowId, assessmentId: assessment.id, ...purchaseParams(p) }).changes > 0
	);
}

export function deletePurchase(db: Db, assessment: Assessment, rowId: string): boolean {
	assertCan(assessment.status, 'edit');
	return (
		db
			.prepare(
				'DELETE FROM assessment_purchases WHERE id = $rowId AND assessment_id = $assessmentId'
			)
			.run({ rowId, assessmentId: assessment.id }).changes > 0
	);
}
