import { m } from '$lib/paraglide/messages';
import type { RiskFlag } from '$lib/pso/renewal-risk';

const labels: Record<RiskFlag, () => string> = {
	'estimate-below-certified': m.portfolio_flag_estimate_below_certified,
	'estimate-may-be-below-certified': m.portfolio_flag_estimate_may_be_below_certified,
	'lines-stop-before-renewal': m.portfolio_flag_lines_stop_before_renewal,
	'evidence-expiring': m.portfolio_flag_evidence_expiring,
	'no-assessment-12-months': m.portfolio_flag_no_assessment_12_months
};

/** The flag in the visitor's language, for the page and the CSV alike. */
export function flagLabel(flag: RiskFlag): string {
	return labels[flag]();
}
