import { getLocale } from '$lib/paraglide/runtime';
import { explainResult, issueText } from '$lib/pso/explain';
import { getRuleset } from '$lib/pso/ruleset-registry';
import { requireAssessment } from '$lib/server/assessment-access';
import { scoreStoredAssessment } from '$lib/server/assessment-scoring';
import { getDb } from '$lib/server/db';
import * as organisations from '$lib/server/organisations';
import { error } from '@sveltejs/kit';
import { linesStoppingBefore, nextPeriodEnd, normsView } from './result-view';

/** Everything the result page and the printable report show, from one scoring. */
export function loadResultData(
	locals: App.Locals,
	params: { orgId: string; assessmentId: string }
) {
	const { assessment, user } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const org = organisations.getOrganisationForUser(db, params.orgId, user.id);
	if (!org) error(404, { message: 'Not found' });
	const lang = getLocale();
	const scored = scoreStoredAssessment(db, assessment, org.name);
	const ruleset = getRuleset(assessment.rulesetId);
	if (!scored.ok || !ruleset) {
		return {
			scored: false as const,
			issues: (scored.ok ? [] : scored.issues.slice(0, 50)).map((i) => ({
				path: i.path,
				text: issueText(i, lang)
			}))
		};
	}
	const { result, input, trace } = scored;
	// Per-line numbers reach the page through the explanation and the stopping list only.
	const { lines: _lines, ...summary } = result;
	return {
		scored: true as const,
		result: summary,
		ruleset: { id: ruleset.id, label: ruleset.label, effectiveFrom: ruleset.effectiveFrom },
		steps: explainResult(input, ruleset, result, lang, { trace }),
		norms: normsView(result, ruleset),
		stopping: linesStoppingBefore(result, input),
		nextPeriodEnd: nextPeriodEnd(input.period.end)
	};
}
