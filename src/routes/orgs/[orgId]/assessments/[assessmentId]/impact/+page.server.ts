import { issueText } from '$lib/i18n/validation-text';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { AssessmentResult } from '$lib/pso/result-schema';
import { getRuleset, listRulesets } from '$lib/pso/ruleset-registry';
import { requireAssessment } from '$lib/server/assessments/access';
import { impactOfRuleset } from '$lib/server/assessments/impact';
import { listCustomRulesets } from '$lib/server/custom-rulesets';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/** Long line lists are cut here; the page says how many more changed. */
const LINE_LIMIT = 200;

function summary(r: AssessmentResult) {
	return {
		ruleset: r.ruleset,
		totalPct: r.totalPct,
		directPct: r.direct.pct,
		weightedFte: r.direct.weightedFte,
		countedIndirectPct: r.indirect.countedPct,
		norms: r.norms,
		quantitativeRung: r.quantitativeRung,
		rung: r.rung,
		pso30plus: r.pso30plus.eligible
	};
}

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { assessment, organisation: org } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const shipped = listRulesets();
	const custom = listCustomRulesets(db, params.orgId);
	// Without a choice: the newest shipped ruleset other than the assessment's own.
	const fallback = [...shipped].reverse().find((r) => r.id !== assessment.rulesetId)?.id ?? '';
	const requested = url.searchParams.get('ruleset');
	const rulesetId = requested || fallback;
	const options = {
		shipped: shipped.map((r) => ({ id: r.id, label: r.label })),
		own: custom.filter((r) => r.organisationId !== null),
		global: custom.filter((r) => r.organisationId === null)
	};
	const base = {
		options,
		selected: rulesetId,
		current: { id: assessment.rulesetId, label: getRuleset(assessment.rulesetId)?.label ?? '' }
	};
	const outcome = impactOfRuleset(db, params.orgId, assessment, org.name, rulesetId);
	if (!outcome.ok) {
		const lang = getLocale();
		return {
			...base,
			rulesetError: outcome.reason === 'unknown-ruleset' ? m.impact_unknown_ruleset() : null,
			notComputable: outcome.reason === 'not-computable',
			issues:
				outcome.reason === 'not-scorable'
					? outcome.issues.slice(0, 20).map((i) => ({ path: i.path, text: issueText(i, lang) }))
					: [],
			impact: null
		};
	}
	const { impact, other } = outcome;
	return {
		...base,
		rulesetError: null,
		notComputable: false,
		issues: [],
		impact: {
			other: { id: other.ruleset.id, name: other.name, custom: other.custom },
			before: summary(impact.before),
			after: summary(impact.after),
			rules: impact.rules,
			lines: impact.lines.slice(0, LINE_LIMIT),
			moreLines: Math.max(0, impact.lines.length - LINE_LIMIT),
			unchangedLines: impact.unchangedLines,
			warnings: impact.warnings,
			normsChanged: impact.normsChanged
		}
	};
};
