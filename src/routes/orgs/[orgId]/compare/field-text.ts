// Labels and values of the compared input fields, in the reader's language. Reuses the
// labels of the input forms where they are short enough for a table.
import { m } from '$lib/paraglide/messages';
import type { Lang } from '$lib/pso/lang';
import { contractLabel, positionLabel } from '$lib/pso/explain';
import { formatDate, formatEuro, formatNumber } from '$lib/pso/format-number';
import type { ContractCode, PositionCode, TargetRungCode } from '$lib/pso/input-codes';
import type {
	FieldValue,
	FigureField,
	LineField,
	PlanField,
	PurchaseField
} from '$lib/pso/input-diff';
import { lineFields, type LineFieldKind } from '$lib/pso/line-fields';
import { purchaseFields, type PurchaseFieldKind } from '$lib/pso/purchase-fields';
import { rungLabel } from '$lib/pso/rung-texts';

export type AnyField = LineField | FigureField | PurchaseField | PlanField;

const labels: Record<AnyField, () => string> = {
	position: m.position,
	contract: m.contract,
	hoursPerWeek: m.hours_per_week,
	start: m.line_start,
	end: m.line_end,
	inflow: m.inflow,
	lksUntil: m.lks_until,
	indicationUntil: m.indication_until,
	schoolLeft: m.school_left,
	wwMonths: m.ww_months,
	furtherIndication: m.compare_field_further_indication,
	durable: m.compare_field_durable,
	ruleset: m.ruleset,
	periodStart: m.period_start,
	periodEnd: m.period_end,
	totalFte: m.total_fte,
	headcount: m.compare_field_headcount,
	fulltimeHours: m.fulltime_hours,
	monthsActive: m.months_active,
	amount: m.purchase_amount,
	supplierTurnover: m.supplier_turnover,
	supplierFte: m.supplier_fte,
	supplierDirectPct: m.supplier_direct_pct,
	adopted: m.plan_adopted,
	smart: m.plan_smart,
	started: m.plan_started,
	targetRung: m.plan_target_rung
};

export function fieldLabel(field: AnyField): string {
	return labels[field]();
}

// What a value is comes from the field lists, so a new line or purchase field is formatted by
// its kind without being listed here; only its label (above) must be added.
const kindOf = new Map<AnyField, LineFieldKind | PurchaseFieldKind>([
	...lineFields.map((f) => [f.key as AnyField, f.kind] as const),
	...purchaseFields.map((f) => [f.key as AnyField, f.kind] as const)
]);
const figureDates = new Set<AnyField>(['periodStart', 'periodEnd']);

export function fieldValue(field: AnyField, value: FieldValue, lang: Lang): string {
	if (value === null) return field === 'end' ? m.compare_still_employed() : '—';
	if (typeof value === 'boolean') return value ? m.yes() : m.no();
	const kind = kindOf.get(field);
	if (typeof value === 'number') {
		return kind === 'euro' ? formatEuro(value, lang) : formatNumber(value, lang, 0, 2);
	}
	if (kind === 'date' || figureDates.has(field)) return formatDate(value, lang);
	if (kind === 'position') return positionLabel(value as PositionCode, lang);
	if (kind === 'contract') return contractLabel(value as ContractCode, lang);
	if (field === 'targetRung') return rungLabel(value as TargetRungCode, lang);
	return value;
}
