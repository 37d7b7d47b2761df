import { getLocale } from '$lib/paraglide/runtime';
import { requireAssessment } from '$lib/server/assessments/access';
import { listLines } from '$lib/server/assessments/lines';
import { getDb } from '$lib/server/db';
import { resultPageOutcome } from '$lib/server/assessments/outcome';
import { inputProblems } from './input-problems';

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
		const issues = outcome.issues.slice(0, 50);
		// Lines are named by their own id; read them only when an issue is about one.
		const ids = issues.some((i) => i.path.startsWith('targetGroup['))
			? listLines(db, assessment).map((l) => l.id)
			: [];
		return {
			scored: false as const,
			problems: inputProblems(issues, lang, (index) => ids[index])
		};
	}
	const { ok: _ok, ...view } = outcome;
	return { scored: true as const, ...view };
}
