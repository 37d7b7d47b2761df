import { m } from '$lib/paraglide/messages';
import type { Lang } from '$lib/pso/lang';
import type { WarningCode } from '$lib/sr/result-schema';

/**
 * The words for each Social Return warning (docs/social-return.md §3, §8), for every page
 * that shows an `sr-result/1`. One `switch` over the codes, so a new code without words is
 * a type error.
 */
export function srWarningText(code: WarningCode, lang: Lang): string {
	const locale = { locale: lang };
	switch (code) {
		case 'threshold-unknown':
			return m.tender_warning_threshold_unknown({}, locale);
		case 'labour-share-unknown':
			return m.tender_warning_labour_share_unknown({}, locale);
		case 'duration-unknown':
			return m.tender_warning_duration_unknown({}, locale);
		case 'pct-unknown':
			return m.tender_warning_pct_unknown({}, locale);
		case 'ask-buyer':
			return m.tender_warning_ask_buyer({}, locale);
		case 'alternative-route':
			return m.tender_warning_alternative_route({}, locale);
		case 'recertification-needed':
			return m.tender_warning_recertification_needed({}, locale);
		case 'estimate-not-certificate':
			return m.tender_warning_estimate_not_certificate({}, locale);
	}
}
