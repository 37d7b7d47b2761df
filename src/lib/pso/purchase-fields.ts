// The one description of an indirect purchase's fields (contract §2, pso-method §4): its key in
// the file format, its column in `assessment_purchases` and the kind of value it holds. The
// purchase store's SQL, the input diff and the compare labels are derived from it; the server's
// field-list test fails when the table or its audit triggers have a field this list lacks.
import type { Purchase } from './assessment-schema';

export type PurchaseFieldKind = 'text' | 'purchase-kind' | 'euro' | 'decimal';

export interface PurchaseFieldSpec {
	/** The field's name in the file format and in `Purchase`. */
	readonly key: keyof Purchase;
	/** Its column in `assessment_purchases`. */
	readonly column: string;
	readonly kind: PurchaseFieldKind;
	/** Purchases have no id: those of two assessments are matched by supplier and kind. */
	readonly identifies?: true;
}

/** In the order of the purchase form. */
export const purchaseFields = [
	{ key: 'supplier', column: 'supplier', kind: 'text', identifies: true },
	{ key: 'kind', column: 'kind', kind: 'purchase-kind', identifies: true },
	{ key: 'amount', column: 'amount', kind: 'euro' },
	{ key: 'supplierTurnover', column: 'supplier_turnover', kind: 'euro' },
	{ key: 'supplierFte', column: 'supplier_fte', kind: 'decimal' },
	{ key: 'supplierDirectPct', column: 'supplier_direct_pct', kind: 'decimal' }
] as const satisfies readonly PurchaseFieldSpec[];

export type PurchaseFieldKey = (typeof purchaseFields)[number]['key'];

/** The fields two matched purchases are compared on (all but supplier and kind). */
export type ComparedPurchaseField = Exclude<
	PurchaseFieldKey,
	Extract<(typeof purchaseFields)[number], { identifies: true }>['key']
>;

export const comparedPurchaseFields = purchaseFields
	.filter((f) => !('identifies' in f))
	.map((f) => f.key as ComparedPurchaseField);

// A key of Purchase missing from the list is a type error here.
const everyKeyListed: Exclude<keyof Purchase, PurchaseFieldKey> extends never ? true : never = true;
void everyKeyListed;

/** Purchase fields of one kind, e.g. every amount in euros. */
export function purchaseFieldsOfKind(kind: PurchaseFieldKind): PurchaseFieldKey[] {
	return purchaseFields.filter((f) => f.kind === kind).map((f) => f.key);
}
