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

const dateFields = new Set<AnyField>([
	'start',
	'end',
	'inflow',
	'lksUntil',
	'indicationUntil',
	'schoolLeft',
	'periodStart',
	'periodEnd'
]);
const euroFields = new Set<AnyField>(['amount', 'supplierTurnover']);

export function fieldValue(field: AnyField, value: FieldValue, lang: Lang): string {
	if (value === null) return field === 'end' ? m.compare_still_employed() : '—';
	if (typeof value === 'boolean') return value ? m.compare_yes() : m.compare_no();
	if (typeof value === 'number') {
		return euroFields.has(field) ? formatEuro(value, lang) : formatNumber(value, lang, 0, 2);
	}
	if (dateFields.has(field)) return formatDate(value, lang);
	if (field === 'position') return positionLabel(value as PositionCode, lang);
	if (field === 'contract') return contractLabel(value as ContractCode, lang);
	if (field === 'targetRung') return rungLabel(value as TargetRungCode, lang);
	return value;
}
