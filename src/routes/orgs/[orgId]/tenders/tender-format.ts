// How the tender pages write amounts, ranges and warnings: a range reads "€ 0 tot € 5.000",
// an unknown never reads as 0 (SR §4, contract §5).
import { m } from '$lib/paraglide/messages';
import { formatEuro, formatNumber, formatShare } from '$lib/pso/format-number';
import type { Lang } from '$lib/pso/lang';
import type { Range, WarningCode } from '$lib/sr/result-schema';
import type { TenderScope } from '$lib/sr/tender-schema';

export function euroRange(range: Range, lang: Lang): string {
	if (range.min === range.max) return formatEuro(range.min, lang);
	return m.tender_range(
		{ min: formatEuro(range.min, lang), max: formatEuro(range.max, lang) },
		{ locale: lang }
	);
}

export function yearsRange(range: Range, lang: Lang): string {
	const f = (v: number) => formatNumber(v, lang, 0, 2);
	return range.min === range.max ? f(range.min) : `${f(range.min)}–${f(range.max)}`;
}

export function pctText(pct: number | null, lang: Lang): string {
	return pct === null ? m.tender_ask_buyer({}, { locale: lang }) : formatShare(pct, lang);
}

export const scopeLabel = (scope: TenderScope): string =>
	({
		works: m.tender_scope_works,
		services: m.tender_scope_services,
		supplies: m.tender_scope_supplies
	})[scope]();

const warningTexts: Record<WarningCode, () => string> = {
	'threshold-unknown': m.tender_warning_threshold_unknown,
	'labour-share-unknown': m.tender_warning_labour_share_unknown,
	'duration-unknown': m.tender_warning_duration_unknown,
	'pct-unknown': m.tender_warning_pct_unknown,
	'ask-buyer': m.tender_warning_ask_buyer,
	'alternative-route': m.tender_warning_alternative_route,
	'recertification-needed': m.tender_warning_recertification_needed,
	'estimate-not-certificate': m.tender_warning_estimate_not_certificate
};

export const warningText = (code: WarningCode): string => warningTexts[code]();

const supplierTexts = {
	sw_company: m.tender_supplier_sw_company,
	pso30plus: m.tender_supplier_pso30plus,
	recognised_social_enterprise: m.tender_supplier_recognised_social_enterprise,
	pso_any_rung: m.tender_supplier_pso_any_rung
} as const;

export const supplierLabel = (kind: keyof typeof supplierTexts): string => supplierTexts[kind]();
