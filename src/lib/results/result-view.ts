import type { AssessmentInput } from '$lib/pso/assessment-schema';
import { normBands, type NormKey, type NormRung } from '$lib/pso/norm-bands';
import { nextReferencePeriodEnd } from '$lib/pso/renewal-summary';
import { stoppingLines, type StoppingLine } from '$lib/pso/stopping-lines';
import type { AssessmentResult } from '$lib/pso/result-schema';
import type { Ruleset } from '$lib/pso/ruleset-schema';

export interface NormView {
	key: NormKey;
	rung: NormRung;
	value: number | null;
	interpolated: number | null;
	confirmed: boolean;
	source: string[];
}

/** The norms the result used, with whether a source confirms them for this ruleset. */
export function normsView(result: AssessmentResult, ruleset: Ruleset): NormView[] {
	const row = ruleset.norms.table.find((r) => r.size === result.norms.size) ?? null;
	const confirmed = row !== null && row.confirmed && !result.norms.estimated;
	const source = row?.source ?? [];
	return normBands
		.filter(({ key }) => key !== 'basistrede' || ruleset.norms.basistrede.exists)
		.map(({ key, rung }) => ({
			key,
			rung,
			value: result.norms[key],
			interpolated: key === 'basistrede' ? null : result.norms.interpolated[key],
			confirmed: confirmed && result.norms[key] !== null,
			source
		}));
}

/** Lines that count now but stop before the end of the next reference year. */
export function linesStoppingBefore(
	result: AssessmentResult,
	input: AssessmentInput
): StoppingLine[] {
	const limit = nextReferencePeriodEnd(input.period.end);
	return stoppingLines(result.lines).filter((l) => l.countsUntil < limit);
}
