import type { AssessmentInput } from '$lib/pso/assessment-schema';
import {
	nextReferencePeriodEnd,
	stoppingLines,
	type StoppingLine
} from '$lib/pso/renewal-readiness';
import type { AssessmentResult } from '$lib/pso/result-schema';
import type { Ruleset } from '$lib/pso/ruleset-schema';

export interface NormView {
	key: 'basistrede' | 'trede1' | 'trede2' | 'trede3';
	rung: 'basistrede' | 'trede-1' | 'trede-2' | 'trede-3';
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
	return (
		[
			['basistrede', 'basistrede'],
			['trede1', 'trede-1'],
			['trede2', 'trede-2'],
			['trede3', 'trede-3']
		] as const
	)
		.filter(([key]) => key !== 'basistrede' || ruleset.norms.basistrede.exists)
		.map(([key, rung]) => ({
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
