import type { ValidationIssue } from '$lib/pso/assessment-schema';
import { getRuleset } from '$lib/pso/ruleset-registry';
import { hasFiniteTotals, rulesetImpact, type RulesetImpact } from '$lib/pso/ruleset-impact';
import type { Ruleset } from '$lib/pso/ruleset-schema';
import { scoreStoredAssessment } from './scoring';
import type { Assessment } from './records';
import { resolveRuleset, type ResolvedRuleset } from '../custom-rulesets';
import type { Db } from '../db';

export type ImpactOutcome =
	| { ok: true; current: Ruleset; other: ResolvedRuleset; impact: RulesetImpact }
	| { ok: false; reason: 'unknown-ruleset' }
	| { ok: false; reason: 'not-scorable'; issues: ValidationIssue[] }
	/** A stored number so large that a total overflows (data from before the input limits). */
	| { ok: false; reason: 'not-computable' };

/**
 * The assessment re-scored under another ruleset (shipped, or custom and visible to this
 * organisation), beside its own result — for a final assessment, the stored one. Only
 * reads: the stored assessment and its result are never written.
 */
export function impactOfRuleset(
	db: Db,
	organisationId: string,
	assessment: Assessment,
	organisationName: string,
	rulesetId: string
): ImpactOutcome {
	const other = resolveRuleset(db, organisationId, rulesetId);
	if (!other) return { ok: false, reason: 'unknown-ruleset' };
	const current = getRuleset(assessment.rulesetId);
	const scored = scoreStoredAssessment(db, assessment, organisationName);
	if (!scored.ok || !current) {
		return { ok: false, reason: 'not-scorable', issues: scored.ok ? [] : scored.issues };
	}
	if (!hasFiniteTotals(scored.result)) return { ok: false, reason: 'not-computable' };
	const impact = rulesetImpact(
		scored.input,
		{ ruleset: current, result: scored.result },
		other.ruleset
	);
	if (!hasFiniteTotals(impact.after)) return { ok: false, reason: 'not-computable' };
	return { ok: true, current, other, impact };
}
