import type { ChangeDecomposition } from '$lib/pso/change-decomposition';
import { roundDecomposition } from '$lib/pso/change-decomposition';
import type { InputDiff } from '$lib/pso/input-diff';
import type { AssessmentResult } from '$lib/pso/result-schema';

/** Long lists are cut here; the page says how many more there are. */
export const LIST_LIMIT = 200;

export interface Capped<T> {
	items: T[];
	more: number;
}

function cap<T>(items: readonly T[]): Capped<T> {
	return { items: items.slice(0, LIST_LIMIT), more: Math.max(0, items.length - LIST_LIMIT) };
}

/** The diff with every list capped, so a 1,000-line change does not flood the page. */
export function diffView(diff: InputDiff) {
	return {
		changed: diff.changed,
		figures: diff.figures,
		lines: {
			added: cap(diff.lines.added),
			removed: cap(diff.lines.removed),
			changed: cap(diff.lines.changed),
			unchanged: diff.lines.unchanged
		},
		purchases: diff.purchases,
		qualitative: diff.qualitative,
		evidence: {
			...diff.evidence,
			added: cap(diff.evidence.added),
			removed: cap(diff.evidence.removed)
		},
		actionPlan: diff.actionPlan
	};
}
export type DiffView = ReturnType<typeof diffView>;

/** A result without its per-line part: what the side-by-side table shows. */
export function resultSummary(r: AssessmentResult) {
	return {
		ruleset: r.ruleset,
		eligible: r.eligible,
		totalFte: r.totalFte,
		size: r.size,
		weightedFte: r.direct.weightedFte,
		directPct: r.direct.pct,
		indirectFte: r.indirect.fte,
		countedIndirectPct: r.indirect.countedPct,
		capped: r.indirect.capped,
		totalPct: r.totalPct,
		quantitativeRung: r.quantitativeRung,
		rung: r.rung,
		qualitativeGaps: r.qualitativeGaps
	};
}
export type ResultSummary = ReturnType<typeof resultSummary>;

export function decompositionView(d: ChangeDecomposition) {
	return {
		from: d.from,
		to: d.to,
		change: d.change,
		parts: d.parts,
		shown: roundDecomposition(d),
		normShift: d.normShift,
		weightedFteOfAUnderRulesetB: d.results.aUnderRulesetB.direct.weightedFte,
		a: resultSummary(d.results.a),
		b: resultSummary(d.results.b)
	};
}
export type DecompositionView = ReturnType<typeof decompositionView>;
