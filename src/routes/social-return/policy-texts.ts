// Words for the pieces of a buyer policy and a result, shared by the obligation view and
// the policy pages (custom ones included).
import { m } from '$lib/paraglide/messages';
import { formatEuro, formatNumber } from '$lib/pso/format-number';
import type { Lang } from '$lib/pso/lang';
import { rungLabel } from '$lib/pso/rung-texts';
import type { PolicyScope, PsoRule, RuleRung } from '$lib/sr/policy-schema';
import type { Range } from '$lib/sr/result-schema';

/** "€ 100.000", or "€ 0 – € 100.000" when the amount is not known exactly. */
export function rangeText(range: Range, lang: Lang): string {
	return range.min === range.max
		? formatEuro(range.min, lang)
		: `${formatEuro(range.min, lang)} – ${formatEuro(range.max, lang)}`;
}

export function pctText(value: number, lang: Lang): string {
	return `${formatNumber(value, lang)} %`;
}

export function ruleRungText(rung: RuleRung, lang: Lang): string {
	return rung === 'pso30plus'
		? m.sr_rung_trede3_pso30plus({}, { locale: lang })
		: rungLabel(rung, lang);
}

export function scopeText(scope: PolicyScope, lang: Lang): string {
	const locale = { locale: lang };
	switch (scope) {
		case 'works':
			return m.tender_scope_works({}, locale);
		case 'services':
			return m.tender_scope_services({}, locale);
		case 'supplies':
			return m.tender_scope_supplies({}, locale);
		case 'all':
			return m.sr_scope_all({}, locale);
	}
}

/** What the buyer's rule for a rung says (SR §3.4); no rule reads "unknown, ask the buyer". */
export function effectText(rule: PsoRule | null, lang: Lang): string {
	const locale = { locale: lang };
	if (rule === null) return m.sr_effect_no_rule({}, locale);
	const effect = rule.effect;
	switch (effect.kind) {
		case 'fulfils_obligation':
			return m.sr_effect_fulfils({}, locale);
		case 'reduces_obligation_pct':
			return effect.pct.value === null
				? m.sr_effect_discount_unknown({}, locale)
				: m.sr_effect_discount({ pct: pctText(effect.pct.value, lang) }, locale);
		case 'alternative_route':
			return effect.sharePct.value === null
				? m.sr_effect_alternative_unknown({}, locale)
				: m.sr_effect_alternative({ pct: pctText(effect.sharePct.value, lang) }, locale);
		case 'none':
			return m.sr_effect_none({}, locale);
		case 'unknown':
			return m.sr_effect_no_rule({}, locale);
	}
}
