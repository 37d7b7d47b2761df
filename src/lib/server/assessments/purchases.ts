import type { Purchase } from '$lib/pso/assessment-schema';
import type { Assessment } from './records';
import { assertCan } from './state';
import type { Db } from '../db';
import { newId } from '../ids';

export interface StoredPurchase extends Purchase {
	rowId: string;
}

interface PurchaseRow {
	id: string;
	supplier: string;
	kind: Purchase['kind'];
	amount: number;
	supplier_turnover: number;
	supplier_fte: number;
	supplier_direct_pct: number;
}

export function listPurchases(db: Db, assessment: Pick<Assessment, 'id'>): StoredPurchase[] {
	return (
		db
			.prepare(
				`SELECT id, supplier, kind, amount, supplier_turnover, supplier_fte, supplier_direct_pct
				 FROM assessment_purchases WHERE assessment_id = ? ORDER BY seq, id`
			)
			.all(assessment.id) as PurchaseRow[]
	).map((r) => ({
		rowId: r.id,
		supplier: r.supplier,
		kind: r.kind,
		amount: r.amount,
		supplierTurnover: r.supplier_turnover,
		supplierFte: r.supplier_fte,
		supplierDirectPct: r.supplier_direct_pct
	}));
}

export function addPurchases(db: Db, assessment: Assessment, purchases: readonly Purchase[]): void {
	assertCan(assessment.status, 'edit');
	db.transaction(() => {
		const { seq } = db
			.prepare(
				'SELECT coalesce(max(seq), 0) AS seq FROM assessment_purchases WHERE assessment_id = ?'
			)
			.get(assessment.id) as { seq: number };
		const insert = db.prepare(
			`INSERT INTO assessment_purchases (id, assessment_id, seq, supplier, kind, amount,
			   supplier_turnover, supplier_fte, supplier_direct_pct) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		purchases.forEach((p, i) =>
			insert.run(
				newId(),
				assessment.id,
				seq + i + 1,
				p.supplier,
				p.kind,
				p.amount,
				p.supplierTurnover,
				p.supplierFte,
				p.supplierDirectPct
			)
		);
	}).immediate();
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
				`UPDATE assessment_purchases SET supplier = ?, kind = ?, amount = ?, supplier_turnover = ?,
				   supplier_fte = ?, supplier_direct_pct = ? WHERE id = ? AND assessment_id = ?`
			)
			.run(
				p.supplier,
				p.kind,
				p.amount,
				p.supplierTurnover,
				p.supplierFte,
				p.supplierDirectPct,
				rowId,
				assessment.id
			).changes > 0
	);
}

export function deletePurchase(db: Db, assessment: Assessment, rowId: string): boolean {
	assertCan(assessment.status, 'edit');
	return (
		db
			.prepare('DELETE FROM assessment_purchases WHERE id = ? AND assessment_id = ?')
			.run(rowId, assessment.id).changes > 0
	);
}
