import { issueText } from '$lib/i18n/validation-text';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { compareAssessments } from '$lib/server/assessments/compare';
import { listAssessmentChoices } from '$lib/server/assessments/history';
import * as assessments from '$lib/server/assessments/records';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { decompositionView, diffView } from './compare-view';
import { defaultPair } from './default-pair';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { organisation: org } = requireOrgAccess(locals, params.orgId, 'view');
	const db = getDb();
	const choices = listAssessmentChoices(db, params.orgId);
	// Default: the two latest, the earlier one first (A → B reads as "then → now").
	const pair = defaultPair(choices);
	const aId = url.searchParams.get('a') || pair.a;
	const bId = url.searchParams.get('b') || pair.b;
	const a = aId ? assessments.getAssessment(db, params.orgId, aId) : null;
	const b = bId ? assessments.getAssessment(db, params.orgId, bId) : null;
	// An id that is not one of this organisation's assessments reads as "choose one".
	const errors = {
		a: aId && !a ? m.compare_choose_assessment() : null,
		b: bId && !b ? m.compare_choose_assessment() : null
	};
	const selection = { a: a?.id ?? aId, b: b?.id ?? bId };
	if (!a || !b) return { choices, selection, errors, comparison: null };

	const lang = getLocale();
	const c = compareAssessments(db, a, b, org.name);
	const side = (x: typeof a) => ({
		id: x.id,
		name: x.name,
		periodStart: x.periodStart,
		periodEnd: x.periodEnd,
		status: x.status,
		rulesetId: x.rulesetId,
		version: x.version,
		origin: x.origin,
		source: x.source,
		changedAt: x.changedAt
	});
	const issues = (list: typeof c.issues.a) =>
		list.slice(0, 20).map((i) => ({ path: i.path, text: issueText(i, lang) }));
	return {
		choices,
		selection,
		errors,
		comparison: {
			a: side(a),
			b: side(b),
			same: a.id === b.id,
			diff: c.diff ? diffView(c.diff) : null,
			decomposition: c.decomposition ? decompositionView(c.decomposition) : null,
			notComputable: c.notComputable,
			issues: { a: issues(c.issues.a), b: issues(c.issues.b) },
			storedDiffers: c.storedDiffers
		}
	};
};
