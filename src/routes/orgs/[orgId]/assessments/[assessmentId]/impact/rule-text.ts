// Rule changes in words: what a rule was and what it becomes (see $lib/pso/ruleset-impact).
import { m } from '$lib/paraglide/messages';
import { contractLabel, positionLabel } from '$lib/pso/explain';
import { formatFte, formatShare, formatWeight } from '$lib/pso/format-number';
import type { LineDateField } from '$lib/pso/input-codes';
import type { Lang } from '$lib/pso/lang';
import type { RuleAspect, RuleChange, RuleValue } from '$lib/pso/ruleset-impact';
import type { CountingWindow } from '$lib/pso/ruleset-schema';

const dateFieldLabels: Record<LineDateField, () => string> = {
	inflow: m.inflow,
	lksUntil: m.lks_until,
	indicationUntil: m.indication_until,
	schoolLeft: m.school_left
};

function windowText(w: CountingWindow): string {
	switch (w.kind) {
		case 'none':
			return m.impact_window_none();
		case 'years-from-inflow':
			return m.impact_window_years_from_inflow({ years: w.years });
		case 'years-from-inflow-or-until':
			return m.impact_window_years_or_until({ years: w.years, field: dateFieldLabels[w.until]() });
		case 'until':
			return m.impact_window_until({ field: dateFieldLabels[w.until]() });
		case 'years-after':
			return m.impact_window_years_after({ years: w.years, field: dateFieldLabels[w.after]() });
	}
}

const pso30plusRules: Record<string, () => string> = {
	qualifies: m.impact_pso30_qualifies,
	'needs-further-indication': m.impact_pso30_needs_further_indication,
	excluded: m.impact_pso30_excluded,
	'excluded-on-placement': m.impact_pso30_excluded_on_placement,
	'durable-only': m.impact_pso30_durable_only,
	never: m.impact_pso30_never
};

const aspectLabels: Record<RuleAspect, () => string> = {
	available: m.impact_aspect_available,
	weight: m.impact_aspect_weight,
	'weight-on-contract': m.impact_aspect_weight_on_contract,
	window: m.impact_aspect_window,
	'min-ww-months': m.impact_aspect_min_ww_months,
	'max-years-from-start': m.impact_aspect_max_years,
	'pso30plus-rule': m.impact_aspect_pso30plus_rule,
	cap: m.impact_aspect_cap,
	'min-total-fte': m.impact_aspect_min_total_fte,
	'min-months-active': m.impact_aspect_min_months_active,
	'pso30plus-share': m.impact_aspect_pso30plus_share,
	basistrede: m.impact_aspect_basistrede,
	'norm-sizes': m.impact_aspect_norm_sizes
};

export function subjectText(rule: RuleChange, lang: Lang): string {
	const { subject } = rule;
	if (subject.kind === 'position') return positionLabel(subject.code, lang);
	if (subject.kind === 'contract') return contractLabel(subject.code, lang);
	return m.impact_subject_general();
}

export function aspectText(rule: RuleChange, lang: Lang): string {
	const label = aspectLabels[rule.aspect]();
	return rule.contract ? `${label} (${contractLabel(rule.contract, lang)})` : label;
}

export function valueText(rule: RuleChange, value: RuleValue, lang: Lang): string {
	switch (value.type) {
		case 'none':
			return rule.aspect === 'max-years-from-start' ? m.impact_no_limit() : '—';
		case 'flag':
			return value.value ? m.yes() : m.no();
		case 'code':
			return pso30plusRules[value.value]?.() ?? value.value;
		case 'window':
			return windowText(value.window);
		case 'number':
			switch (rule.aspect) {
				case 'cap':
					return formatShare(value.value * 100, lang);
				case 'pso30plus-share':
					return formatShare(value.value, lang);
				case 'max-years-from-start':
					return m.impact_years({ years: value.value });
				case 'min-total-fte':
					return formatFte(value.value, lang);
				case 'norm-sizes':
					return m.impact_norm_sizes({ count: value.value });
				default:
					return formatWeight(value.value, lang);
			}
	}
}
