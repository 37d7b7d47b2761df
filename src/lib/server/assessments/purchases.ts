import type { Purchase } from '$lib/pso/assessment-schema';
import { purchaseFields } from '$lib/pso/purchase-fields';
import type { Assessment } from './records';
import { assertCan } from './state';
import type { Db } from '../db';
import { newId } from '../ids';
import { containsPattern } from '../sql-like';

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

/** One purchase of the assessment, or null; with its place in the list (for undo). */
export function getPurchase(
	db: Db,
	assessment: Pick<Assessment, 'id'>,
	rowId: string
): { purchase: StoredPurchase; seq: number } | null {
	const row = db
		.prepare(
			`SELECT id, seq, ${columns.join(', ')} FROM assessment_purchases
			 WHERE id = $rowId AND assessment_id = $assessmentId`
		)
		.get({ rowId, assessmentId: assessment.id }) as (PurchaseRow & { seq: number }) | undefined;
	return row ? { purchase: toPurchase(row), seq: row.seq } : null;
}

export interface PurchasePage {
	purchases: StoredPurchase[];
	/** Purchases matching the search. */
	matching: number;
	total: number;
	page: number;
	pages: number;
}

/**
 * One page of purchases whose supplier name contains `search` (case-insensitive), in list
 * order. Purchases are few (one per supplier), but a list is paged the same way everywhere.
 */
export function listPurchasePage(
	db: Db,
	assessment: Pick<Assessment, 'id'>,
	query: { search: string; page: number; pageSize: number }
): PurchasePage {
	const where = query.search
		? "assessment_id = $assessmentId AND supplier LIKE $pattern ESCAPE '\\'"
		: 'assessment_id = $assessmentId';
	const params: Record<string, string> = { assessmentId: assessment.id };
	if (query.search) params.pattern = containsPattern(query.search);
	const count = (sql: string, p: Record<string, string>) =>
		(db.prepare(sql).get(p) as { n: number }).n;
	const matching = count(`SELECT count(*) AS n FROM assessment_purchases WHERE ${where}`, params);
	const total = query.search
		? count('SELECT count(*) AS n FROM assessment_purchases WHERE assessment_id = $assessmentId', {
				assessmentId: assessment.id
			})
		: matching;
	const pages = Math.max(1, Math.ceil(matching / query.pageSize));
	const page = Math.min(query.page, pages);
	const rows = db
		.prepare(
			`SELECT id, ${columns.join(', ')} FROM assessment_purchases WHERE ${where}
			 ORDER BY seq, id LIMIT $limit OFFSET $offset`
		)
		.all({
			...params,
			limit: query.pageSize,
			offset: (page - 1) * query.pageSize
		}) as PurchaseRow[];
	return { purchases: rows.map(toPurchase), matching, total, page, pages };
}

/** Puts a deleted purchase back with its old id and place (undo); false when the id is taken. */
export function restorePurchase(
	db: Db,
	assessment: Assessment,
	purchase: StoredPurchase,
	seq: number
): boolean {
	assertCan(assessment.status, 'edit');
	return (
		db
			.prepare(
				`INSERT INTO assessment_purchases (id, assessment_id, seq, ${columns.join(', ')})
				 VALUES ($id, $assessmentId, $seq, ${columns.map((c) => `$${c}`).join(', ')})
				 ON CONFLICT (id) DO NOTHING`
			)
			.run({ id: purchase.rowId, assessmentId: assessment.id, seq, ...purchaseParams(purchase) })
			.changes === 1
	);
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
