// The real blocker of a plan (issue 10, item 3): when a qualitative criterion keeps the
// organisation below the rung its numbers reach (contract §3.12), no FTE or purchase helps
// until that criterion is shown, so the plan's first step names it. Computed from the result
// and the criteria's statuses, so results stored before version 2 get it too.
import {
	qualitativeCriteria,
	type QualitativeCriterion,
	type QualitativeStatus,
	type RungCode
} from './input-codes';
import type { Lang } from './lang';
import { resultRungLabel } from './result-rung-label';
import { qualitativeCriterionLabel, qualitativeStatusLabel } from './rung-texts';

export interface BlockingCriterion {
	criterion: QualitativeCriterion;
	status: Exclude<QualitativeStatus, 'met'>;
}

export interface PlanBlockers {
	/** The criteria not met, in the handbook's order. */
	criteria: BlockingCriterion[];
	/**
	 * The rung the numbers already reach: what showing every criterion would give; null when
	 * the numbers fall short too (the renewal plan: more steps follow).
	 */
	unlocks: Exclude<RungCode, 'not-eligible' | 'none'> | null;
	basistredeModelled: boolean;
}

/** The part of a result the blockers follow from (stored version-1 results have it too). */
export interface BlockerFacts {
	eligible: boolean;
	quantitativeRung: RungCode;
	qualitativeGaps: readonly QualitativeCriterion[];
	norms: { basistredeModelled?: boolean };
}

/**
 * The criteria that hold the organisation below its quantitative rung, or null when none
 * does (not eligible, no rung by the numbers, or every criterion met). A criterion missing
 * from `statuses` (absent or null) is unknown (contract §2).
 */
export function planBlockers(
	result: BlockerFacts,
	statuses: Partial<Record<QualitativeCriterion, QualitativeStatus | null>> | null | undefined
): PlanBlockers | null {
	const unlocks = result.quantitativeRung;
	if (!result.eligible || unlocks === 'not-eligible' || unlocks === 'none') return null;
	const gaps = new Set(result.qualitativeGaps);
	const criteria = qualitativeCriteria
		.filter((criterion) => gaps.has(criterion))
		.map((criterion): BlockingCriterion => {
			const status = statuses?.[criterion] ?? 'unknown';
			return { criterion, status: status === 'met' ? 'unknown' : status };
		});
	if (criteria.length === 0) return null;
	return { criteria, unlocks, basistredeModelled: result.norms.basistredeModelled === true };
}

/**
 * Blockers from the criteria listed with their statuses (the renewal panel's evidence gaps),
 * for a plan whose numbers reach `unlocks` (or null when they do not). A criterion listed as
 * met, or not listed, does not block. Null when none blocks.
 */
export function blockersFromCriteria(
	criteria: readonly { criterion: QualitativeCriterion; status: QualitativeStatus }[],
	unlocks: PlanBlockers['unlocks']
): PlanBlockers | null {
	const blocking = qualitativeCriteria.flatMap((criterion): BlockingCriterion[] => {
		const status = criteria.find((c) => c.criterion === criterion)?.status ?? 'met';
		return status === 'met' ? [] : [{ criterion, status }];
	});
	return blocking.length === 0 ? null : { criteria: blocking, unlocks, basistredeModelled: false };
}

/** "Maak Begeleiding aantoonbaar (nu: deels voldaan) → dan trede 3". */
export function planBlockerText(blockers: PlanBlockers, lang: Lang): string {
	const now = lang === 'nl' ? 'nu' : 'now';
	const named = blockers.criteria.map(({ criterion, status }) => ({
		label: qualitativeCriterionLabel(criterion, lang),
		status: `(${now}: ${qualitativeStatusLabel(status, lang)})`
	}));
	const { unlocks } = blockers;
	const then =
		unlocks === null
			? ''
			: ` → ${lang === 'nl' ? 'dan' : 'then'} ${resultRungLabel(unlocks, lang, blockers.basistredeModelled)}`;
	if (named.length === 1) {
		const [{ label, status }] = named as [(typeof named)[number]];
		return lang === 'nl'
			? `Maak ${label} aantoonbaar ${status}${then}`
			: `Make ${label} demonstrable ${status}${then}`;
	}
	const list = new Intl.ListFormat(lang, { type: 'conjunction' });
	const all = list.format(named.map(({ label, status }) => `${label} ${status}`));
	return lang === 'nl' ? `Maak ${all} aantoonbaar${then}` : `Make ${all} demonstrable${then}`;
}
