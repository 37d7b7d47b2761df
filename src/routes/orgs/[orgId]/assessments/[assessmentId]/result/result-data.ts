import { issueText } from '$lib/i18n/validation-text';
import { getLocale } from '$lib/paraglide/runtime';
import { requireAssessment } from '$lib/server/assessments/access';
import { getDb } from '$lib/server/db';
import { resultPageOutcome } from '$lib/server/assessments/outcome';

/** Everything the result page and the printable report show, from one (cached) scoring. */
export function loadResultData(
	locals: App.Locals,
	params: { orgId: string; assessmentId: string }
) {
	const { assessment, organisation: org } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const lang = getLocale();
	const outcome = resultPageOutcome(db, assessment, org.name, lang);
	if (!outcome.ok) {
		return {
			scored: false as const,
			issues: outcome.issues.slice(0, 50).map((i) => ({ path: i.path, text: issueText(i, lang) }))
		};
	}
	const { ok: _ok, ...view } = outcome;
	return { scored: true as const, ...view };
}
