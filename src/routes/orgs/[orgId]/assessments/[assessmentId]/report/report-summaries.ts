// The inputs of an assessment as an auditor reads them on paper (issue 11 item 6): lines summed
// by starting position and contract, and purchases with what each adds as indirect FTE.
// Pure: the report's load hands in the stored inputs and the scored lines.
import { purchaseIndirectFte } from '$lib/pso/contribution';
import {
	contractCodes,
	positionCodes,
	purchaseKinds,
	type ContractCode,
	type PositionCode,
	type PurchaseKind
} from '$lib/pso/input-codes';

export interface LineSummaryRow {
	position: PositionCode;
	contract: ContractCode;
	lines: number;
	/** null when the assessment cannot be scored yet (a draft with missing figures). */
	fte: number | null;
	weightedFte: number | null;
}

export interface LineSummary {
	rows: LineSummaryRow[];
	total: { lines: number; fte: number | null; weightedFte: number | null };
}

interface LineInput {
	id: string;
	position: PositionCode;
	contract: ContractCode;
}

interface ScoredLine {
	id: string;
	fte: number;
	weightedFte: number;
}

const order = <T extends string>(codes: readonly T[]) =>
	new Map<T, number>(codes.map((code, i) => [code, i]));
const positionOrder = order(positionCodes);
const contractOrder = order(contractCodes);

/**
 * One row per starting position and contract that occurs, in the order the forms list them.
 * FTE and weighted FTE come from the scored lines (matched by id); without them, counts only.
 */
export function summariseLines(
	lines: readonly LineInput[],
	scored: readonly ScoredLine[] | null
): LineSummary {
	const byId = scored ? new Map(scored.map((l) => [l.id, l])) : null;
	const groups = new Map<string, LineSummaryRow>();
	for (const line of lines) {
		const key = `${line.position}\u0000${line.contract}`;
		let row = groups.get(key);
		if (!row) {
			row = {
				position: line.position,
				contract: line.contract,
				lines: 0,
				fte: byId ? 0 : null,
				weightedFte: byId ? 0 : null
			};
			groups.set(key, row);
		}
		row.lines++;
		const s = byId?.get(line.id);
		if (row.fte !== null && row.weightedFte !== null && s) {
			row.fte += s.fte;
			row.weightedFte += s.weightedFte;
		}
	}
	const rows = [...groups.values()].sort(
		(a, b) =>
			positionOrder.get(a.position)! - positionOrder.get(b.position)! ||
			contractOrder.get(a.contract)! - contractOrder.get(b.contract)!
	);
	const sum = (pick: (r: LineSummaryRow) => number | null) =>
		byId ? rows.reduce((total, r) => total + (pick(r) ?? 0), 0) : null;
	return {
		rows,
		total: { lines: lines.length, fte: sum((r) => r.fte), weightedFte: sum((r) => r.weightedFte) }
	};
}

interface PurchaseInput {
	supplier: string;
	kind: PurchaseKind;
	amount: number;
	supplierTurnover: number;
	supplierFte: number;
	supplierDirectPct: number;
}

export interface PurchaseSummaryRow {
	supplier: string;
	kind: PurchaseKind;
	amount: number;
	/** What the purchase adds as indirect FTE (contract §3.4), before the cap on the total. */
	indirectFte: number;
}

export interface PurchaseTotal {
	purchases: number;
	amount: number;
	indirectFte: number;
}

export interface PurchaseSummary {
	rows: PurchaseSummaryRow[];
	/** Per supplier type that occurs, in the order the form lists them. */
	byKind: (PurchaseTotal & { kind: PurchaseKind })[];
	total: PurchaseTotal;
}

export function summarisePurchases(purchases: readonly PurchaseInput[]): PurchaseSummary {
	const rows = purchases.map((p) => ({
		supplier: p.supplier,
		kind: p.kind,
		amount: p.amount,
		indirectFte: purchaseIndirectFte(p)
	}));
	const totalOf = (of: readonly PurchaseSummaryRow[]): PurchaseTotal => ({
		purchases: of.length,
		amount: of.reduce((sum, r) => sum + r.amount, 0),
		indirectFte: of.reduce((sum, r) => sum + r.indirectFte, 0)
	});
	const byKind = purchaseKinds
		.map((kind) => ({ kind, ...totalOf(rows.filter((r) => r.kind === kind)) }))
		.filter((k) => k.purchases > 0);
	return { rows, byKind, total: totalOf(rows) };
}
